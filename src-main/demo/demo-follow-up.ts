import { DISPUTE_REASONS, type DisputeReason } from '../../src-shared/contract/disputes'
import { addDays, type IsoDate } from '../../src-shared/dates'
import { shuffled, type Random } from './random'
import type { DemoActivity, DemoClient, DemoDispute, DemoDocument } from './types'

const DISPUTE_NOTES: Record<DisputeReason, string> = {
  prix: 'Le client conteste le prix unitaire : le devis accepté prévoyait une remise de 5 %.',
  livraison: 'Livraison incomplète selon le client : deux colis sur cinq manquent au bon de livraison.',
  qualite: 'Matériel défectueux à réception ; photos transmises, retour en cours d’examen.',
  doublon: 'Le client estime que cette facture fait double emploi avec la précédente.',
  autre: 'Le client attend la copie signée du bon de commande avant tout règlement.',
}

/** Notes of a file whose client stopped paying; `{who}` is the person spoken to. */
const CHASING_NOTES = [
  'Appel à {who} : règlement promis « dans les prochains jours », rien reçu depuis.',
  '{who} évoque des difficultés de trésorerie et demande un échéancier.',
  'Courrier de relance revenu avec la mention « pli avisé et non réclamé ».',
  'Messagerie de {who} pleine ; message laissé au standard.',
  'Promesse de virement pour la fin du mois, non tenue.',
  '{who} dit ne pas avoir reçu les factures : copies renvoyées par e-mail.',
]

const ROUTINE_NOTES = [
  'Nouvelle adresse de facturation communiquée par {who}.',
  '{who} demande un relevé de compte au 31 décembre.',
  'Appel de {who} : les prochains règlements passeront par virement.',
  'Rendez-vous avec {who} pour revoir les conditions de paiement.',
]

/** A date `days` after `date`, but never after today. */
function notAfter(date: IsoDate, days: number, today: IsoDate): IsoDate {
  const shifted = addDays(date, days)
  return shifted > today ? today : shifted
}

/** Disputes arise on invoices recently past due: 10 to 75 days late today. */
const DISPUTE_WINDOW = { minDaysLate: 10, maxDaysLate: 75 }

/**
 * `count` open disputes, each on a different business client who otherwise pays: a
 * recent overdue invoice it contests, reasons taken in turn (prix, livraison, qualité…).
 */
export function chooseDisputes(random: Random, invoices: readonly DemoDocument[], count: number, today: IsoDate): DemoDispute[] {
  const from = addDays(today, -DISPUTE_WINDOW.maxDaysLate)
  const to = addDays(today, -DISPUTE_WINDOW.minDaysLate)
  const candidates = new Map<DemoClient, DemoDocument[]>()
  for (const invoice of invoices) {
    const { client } = invoice
    const payer = client.kind === 'pro' && (client.profile === 'ordinary' || client.profile === 'slow')
    if (!payer || invoice.dueDate < from || invoice.dueDate > to) continue
    const list = candidates.get(client)
    if (list) list.push(invoice)
    else candidates.set(client, [invoice])
  }
  return shuffled(random, [...candidates.values()])
    .slice(0, count)
    .map((list, i) => {
      const invoice = random.pick(list)
      const reason = DISPUTE_REASONS[i % DISPUTE_REASONS.length] ?? 'autre'
      return { invoice, reason, note: DISPUTE_NOTES[reason], openedOn: notAfter(invoice.dueDate, random.int(3, 12), today) }
    })
}

function noteFor(client: DemoClient, template: string, occurredOn: IsoDate): DemoActivity {
  return { client, invoice: null, kind: 'note', occurredOn, body: template.replace('{who}', client.addressee) }
}

/**
 * The clients' timelines: the opening of each dispute, two notes on every defaulting
 * client (an old one and a recent one), and routine notes on a few others.
 */
export function timelineEntries(random: Random, clients: readonly DemoClient[], disputes: readonly DemoDispute[], today: IsoDate): DemoActivity[] {
  const entries: DemoActivity[] = disputes.map((dispute) => ({
    client: dispute.invoice.client,
    invoice: dispute.invoice,
    kind: 'dispute_opened',
    occurredOn: dispute.openedOn,
    body: `Facture ${dispute.invoice.number} mise en litige : ${dispute.note}`,
  }))
  for (const client of clients.filter((c) => c.profile === 'defaulting')) {
    const [older = '', recent = ''] = shuffled(random, CHASING_NOTES)
    entries.push(noteFor(client, older, addDays(today, -random.int(60, 120))))
    entries.push(noteFor(client, recent, addDays(today, -random.int(3, 25))))
  }
  const others = shuffled(random, clients.filter((c) => c.profile !== 'defaulting'))
  for (const client of others.slice(0, Math.max(2, Math.round(clients.length / 32)))) {
    entries.push(noteFor(client, random.pick(ROUTINE_NOTES), addDays(today, -random.int(5, 200))))
  }
  return entries
}
