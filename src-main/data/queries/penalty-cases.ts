import { eq, sql } from 'drizzle-orm'
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
}

/** The client's invoices past due on `asOf` (or just one of them), with what reached each by then. */
export function lateInvoicesOf(db: Db, clientId: number, asOf: IsoDate, invoiceId?: number): LateInvoice[] {
  const rows = db.all<{ id: number; number: string; due_date: string; amount_cents: number; date: string | null; paid: number | null }>(sql`
    SELECT i.id, i.number, i.due_date, i.amount_cents, coalesce(p.date, c.issue_date) AS date, a.amount_cents AS paid
    FROM invoices i
    -- Joined per invoice through allocations_invoice, each allocation dated by its payment or credit
    -- note: a derived table of every dated allocation was materialised whole at each call (1 s on
    -- a 200,000-invoice dossier, and a letter batch computes one statement per letter).
    LEFT JOIN allocations a ON a.invoice_id = i.id
      AND coalesce((SELECT p2.date FROM payments p2 WHERE p2.id = a.payment_id),
                   (SELECT c2.issue_date FROM invoices c2 WHERE c2.id = a.credit_note_id)) <= ${asOf}
    LEFT JOIN payments p ON p.id = a.payment_id
    LEFT JOIN invoices c ON c.id = a.credit_note_id
    WHERE i.client_id = ${clientId} AND i.kind = 'invoice' AND i.due_date < ${asOf}
      ${invoiceId === undefined ? sql`` : sql`AND i.id = ${invoiceId}`}
    ORDER BY i.due_date, i.id, date
  `)
  const byInvoice = new Map<number, LateInvoice>()
  for (const row of rows) {
    let invoice = byInvoice.get(row.id)
    if (!invoice) {
      invoice = { invoiceId: row.id, number: row.number, dueDate: row.due_date, amountCents: row.amount_cents, payments: [] }
      byInvoice.set(row.id, invoice)
    }
    if (row.date !== null && row.paid !== null) invoice.payments.push({ date: row.date, amountCents: row.paid })
  }
  return [...byInvoice.values()]
}
