import { sql, type SQL } from 'drizzle-orm'
import type { Debtor } from '../../../src-shared/contract/dashboard'
import type { IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { invoiceBalanceSql, openInvoiceSql } from './invoice-balance'

/**
 * The clients who owe the most, largest balance first (ties in French name order).
 *
 * A client's balance is invoices − credit notes − payments (as clientBalanceSql), which
 * equals what is left on its open invoices minus what is left on its unused credit notes
 * and unallocated payments, since allocations only move money between them. Written that
 * way, it is one grouped pass over three partial indexes (open invoices, unused credit
 * notes, unallocated payments) whatever the number of clients, instead of one balance
 * per client: the dossier's 20,000 clients cost what its open items cost.
 */
export function topDebtors(db: Db, today: IsoDate, limit: number): Debtor[] {
  return db.all<Debtor>(topDebtorsSql(today, limit))
}

export function topDebtorsSql(today: IsoDate, limit: number): SQL {
  return sql`
    SELECT c.id AS clientId, c.code AS code, c.name AS name,
           b.balance AS balanceCents, b.overdue AS overdueCents
    FROM (
      SELECT client_id, sum(owed) AS balance, sum(overdue) AS overdue
      FROM (
        SELECT i.client_id, ${invoiceBalanceSql} AS owed,
               CASE WHEN i.due_date < ${today} THEN ${invoiceBalanceSql} ELSE 0 END AS overdue
        FROM invoices i WHERE ${openInvoiceSql}
        UNION ALL
        SELECT i.client_id, -${invoiceBalanceSql}, 0
        FROM invoices i WHERE i.kind = 'credit_note' AND i.settled_cents < i.amount_cents
        UNION ALL
        SELECT p.client_id, p.allocated_cents - p.amount_cents, 0
        FROM payments p WHERE p.allocated_cents < p.amount_cents
      )
      GROUP BY client_id
    ) b
    JOIN clients c ON c.id = b.client_id
    WHERE b.balance > 0
    ORDER BY b.balance DESC, c.search_key
    LIMIT ${limit}`
}
