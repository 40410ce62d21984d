import { fromDayNumber, toDayNumber, type IsoDate } from '../../src-shared/dates'
import { dueDateFor } from '../domain/due-date'
import { chronological } from './chronological'
import type { WeightedClient } from './demo-clients'
import { INVOICE_LABELS } from './french-names'
import { gaussian, type Random } from './random'
import type { DemoClient, DemoDocument } from './types'

/** The ledger covers the two years before today. */
const HISTORY_DAYS = 730
/** A defaulting client has at least this many invoices far overdue (more than 90 days). */
const FAR_OVERDUE_MINIMUM = 3
const MIN_INVOICES = { pro: 2, particulier: 1, defaulting: FAR_OVERDUE_MINIMUM + 3 }
/** No single demonstration invoice above 250,000 € excluding tax. */
const MAX_EXCL_TAX_CENTS = 25_000_000

function minimumOf(client: DemoClient): number {
  return client.profile === 'defaulting' ? MIN_INVOICES.defaulting : MIN_INVOICES[client.kind]
}

/** Splits `total` invoices across clients in proportion to their weights, above each one's minimum. */
function invoiceCounts(clients: readonly WeightedClient[], total: number): number[] {
  const minimums = clients.map(({ client }) => minimumOf(client))
  if (minimums.reduce((a, b) => a + b, 0) > total) throw new RangeError(`${total} invoices are too few for ${clients.length} clients`)
  const weightSum = clients.reduce((sum, { weight }) => sum + weight, 0)
  const counts = clients.map(({ weight }, i) => Math.max(minimums[i] ?? 0, Math.round((total * weight) / weightSum)))
  const byWeight = clients.map((_, i) => i).sort((a, b) => (clients[b]?.weight ?? 0) - (clients[a]?.weight ?? 0))
  let excess = counts.reduce((a, b) => a + b, 0) - total
  for (let k = 0; excess !== 0; k++) {
    const i = byWeight[k % byWeight.length] ?? 0
    const count = counts[i] ?? 0
    if (excess < 0) {
      counts[i] = count + 1
      excess++
    } else if (count > (minimums[i] ?? 0)) {
      counts[i] = count - 1
      excess--
    }
  }
  return counts
}

/** Invoices are issued on working days: a weekend date moves back to the Friday. */
function workingDay(day: number): IsoDate {
  const weekday = (day + 4) % 7 // 1970-01-01 was a Thursday; 0 = Sunday
  return fromDayNumber(weekday === 6 ? day - 1 : weekday === 0 ? day - 2 : day)
}

/** An amount excluding tax in cents: a quarter of them whole euros, as quotes often are. */
function exclTaxCents(random: Random, typical: number): number {
  const large = random.chance(0.03) ? random.int(5, 15) : 1
  const cents = Math.min(MAX_EXCL_TAX_CENTS, Math.max(1_500, Math.round(typical * Math.exp(0.45 * gaussian(random)) * large)))
  return random.chance(0.25) ? Math.max(100, Math.round(cents / 100) * 100) : cents
}

/** VAT at 20 %: ×1.2 computed on integers (12/10), rounded to the cent. */
function withVat(cents: number): number {
  return Math.round((cents * 12) / 10)
}

function issueDays(random: Random, client: DemoClient, count: number, today: number): number[] {
  const days = Array.from({ length: count }, () => today - random.int(1, HISTORY_DAYS))
  if (client.profile === 'defaulting') {
    // Stopped paying 250 to 420 days ago, with a few invoices issued since that are long overdue.
    const stopped = today - random.int(250, 420)
    client.stoppedPayingOn = fromDayNumber(stopped)
    for (let i = 0; i < FAR_OVERDUE_MINIMUM; i++) days[i] = random.int(stopped, today - 200)
  }
  return days.sort((a, b) => a - b)
}

/**
 * Every client's invoices over the two years before `today`: working-day issue dates,
 * due dates from the client's terms, amounts around the client's usual order with a few
 * large ones. Numbered in issue-date order, one sequence per year (FA-2025-00001).
 */
export function generateInvoices(random: Random, clients: readonly WeightedClient[], total: number, today: IsoDate): DemoDocument[] {
  const todayDay = toDayNumber(today)
  const counts = invoiceCounts(clients, total)
  const invoices: DemoDocument[] = []
  clients.forEach(({ client, weight }, index) => {
    const typical =
      client.kind === 'pro' ? 60_000 * Math.exp(0.8 * gaussian(random)) * weight ** 0.35 : 18_000 * Math.exp(0.6 * gaussian(random))
    for (const day of issueDays(random, client, counts[index] ?? 0, todayDay)) {
      const issueDate = workingDay(day)
      const excl = exclTaxCents(random, typical)
      invoices.push({
        client,
        number: '',
        kind: 'invoice',
        issueDate,
        dueDate: dueDateFor(issueDate, { days: client.termsDays, endOfMonth: client.termsEndOfMonth }),
        amountCents: withVat(excl),
        amountExclTaxCents: excl,
        label: random.pick(INVOICE_LABELS),
      })
    }
  })
  numberInOrder(invoices, 'FA', 5)
  return invoices
}

/** Sorts documents by issue date (stable) and numbers them PREFIX-YEAR-SEQUENCE, the sequence restarting each year. */
export function numberInOrder(documents: DemoDocument[], prefix: string, width: number): void {
  documents.sort(chronological((document) => document.issueDate))
  let year = ''
  let sequence = 0
  for (const document of documents) {
    const documentYear = document.issueDate.slice(0, 4)
    sequence = documentYear === year ? sequence + 1 : 1
    year = documentYear
    document.number = `${prefix}-${year}-${String(sequence).padStart(width, '0')}`
  }
}
