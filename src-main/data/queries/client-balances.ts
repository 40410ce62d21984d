import { sql } from 'drizzle-orm'
import type { IsoDate } from '../../../src-shared/dates'

/**
 * Per-client balance and overdue amount, as a subquery to join on clients.id.
 * Balance = invoices − payments − credit notes: allocations only move money between
 * them, so the balance needs no allocation at all. Overdue = what is left on invoices
 * past their due date.
 */
export function clientBalancesSql(today: IsoDate) {
  return sql`(
    SELECT client_id,
           sum(amount) AS balance_cents,
           sum(overdue) AS overdue_cents
    FROM (
      SELECT i.client_id,
             CASE i.kind WHEN 'invoice' THEN i.amount_cents ELSE -i.amount_cents END AS amount,
             CASE WHEN i.kind = 'invoice' AND i.due_date < ${today}
                  THEN i.amount_cents - coalesce((SELECT sum(a.amount_cents) FROM allocations a WHERE a.invoice_id = i.id), 0)
                  ELSE 0 END AS overdue
      FROM invoices i
      UNION ALL
      SELECT p.client_id, -p.amount_cents, 0 FROM payments p
    )
    GROUP BY client_id
  )`
}
