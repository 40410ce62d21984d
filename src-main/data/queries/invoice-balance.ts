import { sql, type SQL } from 'drizzle-orm'

const settledOnInvoice = 'coalesce((SELECT sum(a.amount_cents) FROM allocations a WHERE a.invoice_id = i.id), 0)'
const usedOfCreditNote = 'coalesce((SELECT sum(a.amount_cents) FROM allocations a WHERE a.credit_note_id = i.id), 0)'

/**
 * What is still owed on a document already known to be an invoice (kind 'invoice'):
 * filters that select invoices use it rather than the CASE below, which they would pay
 * for on every row of a large dossier. `i` is the invoices alias of the caller.
 */
export const invoiceOwedSql: SQL = sql.raw(`(i.amount_cents - ${settledOnInvoice})`)

/**
 * What is still owed on an invoice, or still to use on a credit note, derived from the
 * allocations every time (DESIGN.md §3). `i` is the invoices alias of the caller.
 */
export const invoiceBalanceSql: SQL = sql.raw(`(i.amount_cents - CASE i.kind
  WHEN 'invoice' THEN ${settledOnInvoice}
  ELSE ${usedOfCreditNote} END)`)

/**
 * 1 while the invoice has a dispute that is not lifted. Written as membership of the
 * (few) disputed invoices, so SQLite builds that set once instead of probing per row.
 */
export const invoiceDisputedSql: SQL = sql.raw(`i.id IN (SELECT d.invoice_id FROM disputes d WHERE d.closed_on IS NULL)`)
