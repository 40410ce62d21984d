import type { PaymentMethod } from '../../src-shared/contract/payments'
import { addDays, daysBetween, type IsoDate } from '../../src-shared/dates'
import { foldFrench } from '../data/french-text'
import { chronological } from './chronological'
import { numberInOrder } from './demo-invoices'
import type { Random } from './random'
import type { DemoClient, DemoCreditAllocation, DemoDocument, DemoPayment, PayerProfile } from './types'

/** Share of invoices corrected by a credit note (goods returned, a discount granted, a cancellation). */
const CREDIT_NOTE_SHARE = 0.025
/** Share of payments that settle only part of an invoice. */
const PARTIAL_SHARE = 0.05
/** Share of invoices a paying client simply overlooks, left open at every age. */
const OVERLOOKED_SHARE = 0.012
/** Invoices paid within this many days of each other may go out in one transfer. */
const GROUPING_DAYS = 12

/** Days between the due date and the payment, by profile: negative is early. */
const DELAYS: Record<Exclude<PayerProfile, 'defaulting'> | 'beforeDefault', readonly (readonly [[number, number], number])[]> = {
  prompt: [[[-20, -3], 30], [[-2, 0], 50], [[1, 7], 20]],
  ordinary: [[[-3, 0], 30], [[1, 30], 55], [[31, 60], 15]],
  slow: [[[0, 0], 5], [[10, 45], 50], [[46, 100], 45]],
  beforeDefault: [[[20, 80], 1]],
}

/** Chance that a payment joins the previous one of the same client (a transfer settling several invoices). */
const GROUPING: Record<PayerProfile, number> = { prompt: 0.55, ordinary: 0.55, slow: 0.3, defaulting: 0.2 }

const PRO_METHODS = [['virement', 60], ['cheque', 15], ['lcr', 10], ['prelevement', 15]] as const
const CONSUMER_METHODS = [['carte', 40], ['cheque', 30], ['virement', 25], ['especes', 5]] as const

const CREDIT_NOTE_REASONS = ['Retour de marchandise', 'Remise commerciale', 'Erreur de quantité', 'Geste commercial']

interface PlannedPayment {
  date: IsoDate
  lines: { invoice: DemoDocument; amountCents: number }[]
  groupable: boolean
}

export interface Settlement {
  creditNotes: DemoDocument[]
  creditAllocations: DemoCreditAllocation[]
  payments: DemoPayment[]
}

function delayDays(random: Random, profile: PayerProfile): number {
  const [min, max] = random.weighted(DELAYS[profile === 'defaulting' ? 'beforeDefault' : profile])
  return random.int(min, max)
}

function bankReference(random: Random, method: PaymentMethod, client: DemoClient, invoice: DemoDocument): string | null {
  switch (method) {
    case 'virement':
      return `VIR SEPA ${foldFrench(client.name).toUpperCase().replace(/[^A-Z0-9 ]/g, ' ').slice(0, 24).trim()}`
    case 'cheque':
      return `CHQ ${random.int(1_000_000, 9_999_999)}`
    case 'lcr':
      return `LCR ${random.int(100_000, 999_999)}`
    case 'prelevement':
      return `PRLV ${invoice.number}`
    case 'carte':
      return `CB *${String(random.int(0, 9999)).padStart(4, '0')}`
    case 'especes':
      return null
  }
}

/** A credit note for part or all of `invoice`, or null when it would be dated after today. */
function creditNoteFor(random: Random, invoice: DemoDocument, today: IsoDate): DemoDocument | null {
  const issueDate = addDays(invoice.issueDate, random.int(3, 40))
  if (issueDate > today) return null
  const whole = random.chance(0.3)
  const amountCents = whole ? invoice.amountCents : Math.max(100, Math.round(invoice.amountCents * (0.05 + 0.25 * random.next())))
  return {
    client: invoice.client,
    number: '',
    kind: 'credit_note',
    issueDate,
    dueDate: issueDate,
    amountCents,
    amountExclTaxCents: Math.round((amountCents * 10) / 12),
    label: whole ? `Annulation de la facture ${invoice.number}` : `${random.pick(CREDIT_NOTE_REASONS)} sur facture ${invoice.number}`,
  }
}

/** Whole euros, as people round a payment on account. */
function partOf(random: Random, cents: number): number {
  return Math.round((cents * (0.3 + 0.5 * random.next())) / 100) * 100
}

/** Planned payments of one invoice: none, one, or a first part and maybe the rest later. */
function plan(random: Random, invoice: DemoDocument, owed: number, today: IsoDate): PlannedPayment[] {
  const client = invoice.client
  if (client.stoppedPayingOn !== null && invoice.issueDate >= client.stoppedPayingOn) {
    // A defaulting client sometimes still sends a payment on account.
    const date = addDays(today, -random.int(10, 60))
    const part = partOf(random, owed)
    return random.chance(0.15) && date > invoice.issueDate && part > 0 && part < owed
      ? [{ date, lines: [{ invoice, amountCents: part }], groupable: false }]
      : []
  }
  let date = addDays(invoice.dueDate, delayDays(random, client.profile))
  if (date < invoice.issueDate) date = addDays(invoice.issueDate, random.int(0, 3))
  if (date > today) return []
  if (client.profile !== 'prompt' && random.chance(OVERLOOKED_SHARE)) return []
  const first = client.profile !== 'prompt' && random.chance(PARTIAL_SHARE) ? partOf(random, owed) : owed
  if (first <= 0 || first >= owed) return [{ date, lines: [{ invoice, amountCents: owed }], groupable: client.kind === 'pro' }]
  const planned: PlannedPayment[] = [{ date, lines: [{ invoice, amountCents: first }], groupable: false }]
  const restOn = addDays(date, random.int(15, 90))
  if (restOn <= today && random.chance(0.5)) planned.push({ date: restOn, lines: [{ invoice, amountCents: owed - first }], groupable: false })
  return planned
}

/** Joins payments made within a few days into one transfer, as clients pay several invoices at once. */
function grouped(random: Random, client: DemoClient, planned: PlannedPayment[]): PlannedPayment[] {
  const result: PlannedPayment[] = []
  let open: PlannedPayment | undefined
  for (const payment of [...planned].sort(chronological((payment) => payment.date))) {
    if (open && payment.groupable && daysBetween(open.date, payment.date) <= GROUPING_DAYS && random.chance(GROUPING[client.profile])) {
      open.lines.push(...payment.lines)
      open.date = payment.date
      continue
    }
    result.push(payment)
    open = payment.groupable ? payment : undefined
  }
  return result
}

/**
 * How the invoices were settled, client by client: credit notes applied to the invoice
 * they correct, then payments on time, early, late, in part, grouped in one transfer,
 * or not at all, after each client's profile. `unpaid` invoices (in dispute) stay open.
 */
export function settle(random: Random, invoices: readonly DemoDocument[], unpaid: ReadonlySet<DemoDocument>, today: IsoDate): Settlement {
  const creditNotes: DemoDocument[] = []
  const creditAllocations: DemoCreditAllocation[] = []
  const payments: DemoPayment[] = []
  const byClient = new Map<DemoClient, DemoDocument[]>()
  for (const invoice of invoices) {
    const list = byClient.get(invoice.client)
    if (list) list.push(invoice)
    else byClient.set(invoice.client, [invoice])
  }
  for (const [client, list] of byClient) {
    const preferred = random.weighted(client.kind === 'pro' ? PRO_METHODS : CONSUMER_METHODS)
    const planned: PlannedPayment[] = []
    for (const invoice of list) {
      if (unpaid.has(invoice)) continue
      let owed = invoice.amountCents
      const note = random.chance(CREDIT_NOTE_SHARE) ? creditNoteFor(random, invoice, today) : null
      if (note) {
        creditNotes.push(note)
        creditAllocations.push({ creditNote: note, invoice, amountCents: note.amountCents })
        owed -= note.amountCents
      }
      if (owed > 0) planned.push(...plan(random, invoice, owed, today))
    }
    for (const payment of grouped(random, client, planned)) {
      const method = random.chance(0.85) ? preferred : random.weighted(client.kind === 'pro' ? PRO_METHODS : CONSUMER_METHODS)
      const [firstLine] = payment.lines
      if (!firstLine) continue
      payments.push({
        client,
        date: payment.date,
        amountCents: payment.lines.reduce((sum, line) => sum + line.amountCents, 0),
        method,
        reference: bankReference(random, method, client, firstLine.invoice),
        note: null,
        allocations: payment.lines,
      })
    }
  }
  numberInOrder(creditNotes, 'AV', 4)
  return { creditNotes, creditAllocations, payments }
}

/**
 * A client who paid a round sum above what was due: the last payment of each chosen
 * client is rounded up to the next hundred euros, and the difference stays a credit.
 */
export function addOverpayments(random: Random, payments: readonly DemoPayment[], count: number): void {
  const latest = new Map<DemoClient, DemoPayment>()
  for (const payment of payments) {
    const { client } = payment
    // Only a payment the client sized itself: a direct debit or a bill of exchange takes the exact amount.
    const sizedByClient = payment.method === 'virement' || payment.method === 'cheque'
    const eligible = sizedByClient && client.kind === 'pro' && (client.profile === 'prompt' || client.profile === 'ordinary')
    const current = latest.get(client)
    if (eligible && (!current || payment.date >= current.date)) latest.set(client, payment)
  }
  const candidates = [...latest.values()]
  for (let i = 0; i < count && candidates.length > 0; i++) {
    const [payment] = candidates.splice(random.int(0, candidates.length - 1), 1)
    if (!payment) break
    const roundedUp = (Math.floor(payment.amountCents / 10_000) + 1) * 10_000
    payment.amountCents = roundedUp - payment.amountCents < 500 ? roundedUp + 10_000 : roundedUp
    payment.note = 'Montant arrondi par le client : le trop-perçu reste à son crédit.'
  }
}
