import { sql, type SQL } from 'drizzle-orm'

/**
 * What is still owed on an invoice, or still to use on a credit note, derived from the
 * allocations every time (DESIGN.md §3). `i` is the invoices alias of the caller.
 */
export const invoiceBalanceSql: SQL = sql.raw(`(i.amount_cents - CASE i.kind
  WHEN 'invoice' THEN coalesce((SELECT sum(a.amount_cents) FROM allocations a WHERE a.invoice_id = i.id), 0)
  ELSE coalesce((SELECT sum(a.amount_cents) FROM allocations a WHERE a.credit_note_id = i.id), 0) END)`)

/** 1 while the invoice has a dispute that is not lifted. */
export const invoiceDisputedSql: SQL = sql.raw(
  `EXISTS (SELECT 1 FROM disputes d WHERE d.invoice_id = i.id AND d.closed_on IS NULL)`,
)
