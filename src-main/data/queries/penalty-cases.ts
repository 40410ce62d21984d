import { eq, sql, type SQL } from 'drizzle-orm'
import type { IsoDate } from '../../../src-shared/dates'
import type { DayCountBasis, DebtorKind, Payment, RatePolicy } from '../../domain/penalties'
import type { Db } from '../open-dossier'
import { clients, company } from '../schema'

type PolicyColumns = { penaltyPolicy: string | null; penaltyRateBp: number | null; penaltyMultiple: number | null }

/** The rate policy written on the client, else the dossier's, else the legal default; null when waived. */
function ratePolicyOf(client: PolicyColumns, dossier: PolicyColumns | undefined): RatePolicy | null {
  const source = client.penaltyPolicy !== null ? client : (dossier ?? client)
  switch (source.penaltyPolicy) {
    case 'none':
      return null
    case 'fixed':
      return source.penaltyRateBp === null ? { kind: 'legal' } : { kind: 'fixed', rateBp: source.penaltyRateBp }
    case 'legalInterestMultiple':
      return source.penaltyMultiple === null ? { kind: 'legal' } : { kind: 'legalInterestMultiple', factor: source.penaltyMultiple }
    default:
      return { kind: 'legal' }
  }
}

export interface ClientPenaltyTerms {
  debtor: DebtorKind
  ratePolicy: RatePolicy | null
  dayCount: DayCountBasis
}

export function penaltyTermsOf(db: Db, clientId: number): ClientPenaltyTerms | undefined {
  const client = db.select().from(clients).where(eq(clients.id, clientId)).get()
  if (!client) return undefined
  const dossier = db.select().from(company).get()
  return { debtor: client.kind, ratePolicy: ratePolicyOf(client, dossier), dayCount: dossier?.dayCountBasis ?? '365' }
}

export interface LateInvoice {
  invoiceId: number
  number: string
  dueDate: IsoDate
  amountCents: number
  /** What reached the invoice by the as-of date: payments on their date, credit notes on their issue date. */
  payments: Payment[]
  /** Part of it was settled before an import on an unknown date, counted as paid on the due date. */
  settledOnAssumedDate: boolean
}

/** The client's invoices past due on `asOf` (or just one of them), with what reached each by then. */
export function lateInvoicesOf(db: Db, clientId: number, asOf: IsoDate, invoiceId?: number): LateInvoice[] {
  return lateInvoicesWhere(db, sql`i.client_id = ${clientId} ${invoiceId === undefined ? sql`` : sql`AND i.id = ${invoiceId}`}`, asOf)
}

/** The given invoices, of any clients, that are past due on `asOf`, with what reached each by then. */
export function lateInvoicesAmong(db: Db, invoiceIds: readonly number[], asOf: IsoDate): LateInvoice[] {
  return lateInvoicesWhere(db, sql`i.id IN (SELECT value FROM json_each(${JSON.stringify(invoiceIds)}))`, asOf)
}

function lateInvoicesWhere(db: Db, which: SQL, asOf: IsoDate): LateInvoice[] {
  // Each invoice's allocations through their index, each dated by its payment or credit note;
  // the ones after the as-of date left out of the join so the invoice itself stays.
  const reachedOn = sql`coalesce((SELECT p.date FROM payments p WHERE p.id = a.payment_id), (SELECT c.issue_date FROM invoices c WHERE c.id = a.credit_note_id))`
  // A payment of assumed date (settled before an import) is dated on the due date: say so on the statement.
  const assumed = sql`(SELECT p.date_assumed FROM payments p WHERE p.id = a.payment_id)`
  const rows = db.all<{
    id: number
    number: string
    due_date: string
    amount_cents: number
    date: string | null
    paid: number | null
    assumed: number | null
  }>(sql`
    SELECT i.id, i.number, i.due_date, i.amount_cents, ${reachedOn} AS date, a.amount_cents AS paid, ${assumed} AS assumed
    FROM invoices i
    LEFT JOIN allocations a ON a.invoice_id = i.id AND ${reachedOn} <= ${asOf}
    WHERE ${which} AND i.kind = 'invoice' AND i.due_date < ${asOf}
    ORDER BY i.due_date, i.id, date
  `)
  const byInvoice = new Map<number, LateInvoice>()
  for (const row of rows) {
    let invoice = byInvoice.get(row.id)
    if (!invoice) {
      invoice = {
        invoiceId: row.id,
        number: row.number,
        dueDate: row.due_date,
        amountCents: row.amount_cents,
        payments: [],
        settledOnAssumedDate: false,
      }
      byInvoice.set(row.id, invoice)
    }
    if (row.date !== null && row.paid !== null) invoice.payments.push({ date: row.date, amountCents: row.paid })
    if (row.assumed === 1) invoice.settledOnAssumedDate = true
  }
  return [...byInvoice.values()]
}

/** The penalty terms of several clients at once (a day's reminders), by client id. */
export function penaltyTermsOfClients(db: Db, clientIds: readonly number[]): Map<number, ClientPenaltyTerms> {
  const dossier = db.select().from(company).get()
  const rows = db.all<{ id: number; kind: DebtorKind; penaltyPolicy: string | null; penaltyRateBp: number | null; penaltyMultiple: number | null }>(sql`
    SELECT id, kind, penalty_policy AS penaltyPolicy, penalty_rate_bp AS penaltyRateBp, penalty_multiple AS penaltyMultiple
    FROM clients WHERE id IN (SELECT value FROM json_each(${JSON.stringify(clientIds)}))`)
  return new Map(
    rows.map((client) => [client.id, { debtor: client.kind, ratePolicy: ratePolicyOf(client, dossier), dayCount: dossier?.dayCountBasis ?? '365' }]),
  )
}

/** The client and number of an invoice (not a credit note); undefined when there is none. */
export function invoiceOwner(db: Db, invoiceId: number): { clientId: number; number: string } | undefined {
  return db.get<{ clientId: number; number: string }>(
    sql`SELECT client_id AS clientId, number FROM invoices WHERE id = ${invoiceId} AND kind = 'invoice'`,
  )
}
