import { sql, type SQL } from 'drizzle-orm'
import type { IsoDate } from '../../../src-shared/dates'
import { invoiceBalanceSql, openInvoiceSql } from './invoice-balance'

/**
 * A client's balance and overdue amount as scalar subqueries on `c.id` (the clients
 * alias of the caller), so that a page of 100 clients costs 100 index lookups rather
 * than an aggregate over the whole ledger.
 * Balance = invoices − credit notes − payments: allocations only move money between
 * them, so the balance needs none. Overdue = what is left on invoices past due.
 */
export function clientBalanceSql(): SQL {
  return sql`(
    coalesce((SELECT sum(CASE i.kind WHEN 'invoice' THEN i.amount_cents ELSE -i.amount_cents END)
              FROM invoices i WHERE i.client_id = c.id), 0)
    - coalesce((SELECT sum(p.amount_cents) FROM payments p WHERE p.client_id = c.id), 0)
  )`
}

export function clientOverdueSql(today: IsoDate): SQL {
  return sql`coalesce((
    SELECT sum(${invoiceBalanceSql})
    FROM invoices i WHERE i.client_id = c.id AND ${openInvoiceSql} AND i.due_date < ${today}
  ), 0)`
}
