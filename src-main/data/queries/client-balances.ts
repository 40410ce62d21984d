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

/**
 * What the client has paid or been credited that no invoice has used yet (a positive
 * number of cents), through the partial indexes of unallocated payments and unused credit
 * notes. The balance already counts it: it is why a balance can be below the overdue amount.
 */
export function clientCreditSql(): SQL {
  return sql`(
    coalesce((SELECT sum(p.amount_cents - p.allocated_cents) FROM payments p
              WHERE p.client_id = c.id AND p.allocated_cents < p.amount_cents), 0)
    + coalesce((SELECT sum(n.amount_cents - n.settled_cents) FROM invoices n
                WHERE n.client_id = c.id AND n.kind = 'credit_note' AND n.settled_cents < n.amount_cents), 0)
  )`
}
