import type { IsoDate } from '../../src-shared/dates'
import { chronological } from './chronological'
import { demoCompany } from './demo-company'
import { generateClients } from './demo-clients'
import { chooseDisputes, timelineEntries } from './demo-follow-up'
import { generateInvoices } from './demo-invoices'
import { addOverpayments, settle } from './demo-settlement'
import { seededRandom } from './random'
import type { DemoLedger, LedgerScale } from './types'

/** What "Créer le dossier de démonstration" builds: small enough to read, big enough to look real. */
export const DEMO_SCALE: LedgerScale = { clients: 64, invoices: 900, disputes: 3, overpayments: 1 }

/** Fixed, so the demonstration is the same on every machine: only `today` moves it in time. */
export const DEMO_SEED = 20_261_123

/**
 * A complete, consistent ledger ending `today`: client files, two years of invoices,
 * credit notes and payments of every kind, open disputes, notes. Pure: the same
 * arguments always give the same ledger.
 */
export function generateDemo(today: IsoDate, scale: LedgerScale = DEMO_SCALE, seed: number = DEMO_SEED): DemoLedger {
  const random = seededRandom(seed)
  const company = demoCompany(random)
  const weighted = generateClients(random, scale.clients)
  const clients = weighted.map(({ client }) => client)
  const invoices = generateInvoices(random, weighted, scale.invoices, today)
  const disputes = chooseDisputes(random, invoices, scale.disputes, today)
  const settlement = settle(random, invoices, new Set(disputes.map((dispute) => dispute.invoice)), today)
  addOverpayments(random, settlement.payments, scale.overpayments)
  // Invoices and credit notes are entered in date order, as the accounting software did.
  const documents = [...invoices, ...settlement.creditNotes].sort(chronological((document) => document.issueDate))
  return {
    seed,
    company,
    clients,
    documents,
    payments: settlement.payments.sort(chronological((payment) => payment.date)),
    creditAllocations: settlement.creditAllocations,
    disputes,
    activities: timelineEntries(random, clients, disputes, today),
  }
}
