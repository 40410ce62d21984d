import { sql, type SQL } from 'drizzle-orm'
import { bucketOfDaysLate } from '../../../src-shared/aging-buckets'
import type { AgingCredit, AgingInvoice } from '../../../src-shared/contract/aging'
import { daysBetween, type IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'

/**
 * One client's open items as of a date, straight from the definition: an invoice issued
 * by then owed its amount minus the allocations whose source (payment date, credit note
 * issue date) is on or before that date; a payment or credit note dated by then had its
 * amount left minus what it settled on invoices issued by then. For one client this costs
 * a few index lookups; the dossier-wide report (aging.ts) gets the same figures faster
 * from the ledger caches, and the tests hold the two to each other.
 */
export function clientOpenItems(db: Db, clientId: number, asOf: IsoDate, limits: readonly number[]): { invoices: AgingInvoice[]; credits: AgingCredit[] } {
  const invoices = db.all<Omit<AgingInvoice, 'daysLate' | 'bucket'>>(sql`
    SELECT id, number, issueDate, dueDate, amountCents, balanceCents FROM (
      SELECT i.id, i.number, i.issue_date AS issueDate, i.due_date AS dueDate, i.amount_cents AS amountCents,
             i.amount_cents - coalesce((
               SELECT sum(a.amount_cents) FROM allocations a
               LEFT JOIN payments p ON p.id = a.payment_id LEFT JOIN invoices n ON n.id = a.credit_note_id
               WHERE a.invoice_id = i.id AND coalesce(p.date, n.issue_date) <= ${asOf}
             ), 0) AS balanceCents
      FROM invoices i
      WHERE i.client_id = ${clientId} AND i.kind = 'invoice' AND i.issue_date <= ${asOf}
    )
    WHERE balanceCents > 0
    ORDER BY dueDate, number
  `)
  const settledByThen = (ofSource: SQL) => sql`coalesce((
    SELECT sum(a.amount_cents) FROM allocations a JOIN invoices i ON i.id = a.invoice_id
    WHERE ${ofSource} AND i.issue_date <= ${asOf}
  ), 0)`
  const credits = db.all<AgingCredit>(sql`
    SELECT kind, id, date, reference, remainingCents FROM (
      SELECT 'payment' AS kind, p.id, p.date, p.reference, p.amount_cents - ${settledByThen(sql`a.payment_id = p.id`)} AS remainingCents
      FROM payments p WHERE p.client_id = ${clientId} AND p.date <= ${asOf}
      UNION ALL
      SELECT 'credit_note', n.id, n.issue_date, n.number, n.amount_cents - ${settledByThen(sql`a.credit_note_id = n.id`)}
      FROM invoices n WHERE n.client_id = ${clientId} AND n.kind = 'credit_note' AND n.issue_date <= ${asOf}
    )
    WHERE remainingCents > 0
    ORDER BY date, id
  `)
  return {
    invoices: invoices.map((invoice) => {
      const daysLate = Math.max(0, daysBetween(invoice.dueDate, asOf))
      return { ...invoice, daysLate, bucket: bucketOfDaysLate(daysLate, limits) }
    }),
    credits,
  }
}
