import { sql, type SQL } from 'drizzle-orm'

/**
 * What is still owed on an invoice, or still to use on a credit note. `settled_cents` is
 * kept from the allocations by the database's triggers (schema/ledger.ts), so this stays
 * derived from the allocations (DESIGN.md §3). `i` is the invoices alias of the caller.
 */
export const invoiceBalanceSql: SQL = sql.raw(`(i.amount_cents - i.settled_cents)`)

/**
 * "An invoice with something still owed", written exactly as the partial indexes'
 * condition (schema/ledger.ts OPEN_INVOICE_SQL) so that SQLite can use them.
 */
export const openInvoiceSql: SQL = sql.raw(`(i.kind = 'invoice' AND i.settled_cents < i.amount_cents)`)

/**
 * 1 while the invoice has a dispute that is not lifted. Written as membership of the
 * (few) disputed invoices, so SQLite builds that set once instead of probing per row.
 */
export const invoiceDisputedSql: SQL = sql.raw(`i.id IN (SELECT d.invoice_id FROM disputes d WHERE d.closed_on IS NULL)`)
