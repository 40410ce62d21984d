import { sql, type SQL } from 'drizzle-orm'
import type { IsoDate } from '../../../src-shared/dates'
import { openInvoiceSql } from './invoice-balance'

/**
 * The ledger as it stood on an earlier date, rebuilt from the caches (`settled_cents`,
 * `allocated_cents`, which say what is open now) by replaying only what is dated after
 * `asOf`: a payment counts from its date, a credit note from its issue date, an invoice
 * exists from its issue date. As of today nothing is "after", and only the partial indexes
 * of open items are read.
 */

/**
 * Common table expressions `issued_after` (invoices not yet issued on asOf), `forward` (what
 * each payment or credit note settled on those) and `credits` (client_id, remaining): the
 * unallocated payments and credit notes dated by asOf, plus what they later settled on
 * invoices issued after asOf (not yet issued then, so not yet settled).
 */
export function creditsAsOfCtes(asOf: IsoDate): SQL {
  // `+p.date`, `+n.issue_date`: the unary plus keeps SQLite on the partial indexes of
  // unallocated items (a handful of rows) rather than walking a date index over the ledger.
  return sql`
    issued_after AS MATERIALIZED (SELECT x.id FROM invoices x WHERE x.issue_date > ${asOf}),
    forward AS MATERIALIZED (
      SELECT a.payment_id, a.credit_note_id, sum(a.amount_cents) AS cents
      FROM issued_after issued CROSS JOIN allocations a ON a.invoice_id = issued.id
      GROUP BY a.payment_id, a.credit_note_id
    ),
    credits AS (
      SELECT p.client_id, p.amount_cents - p.allocated_cents AS remaining FROM payments p
      WHERE p.allocated_cents < p.amount_cents AND +p.date <= ${asOf}
        AND p.id NOT IN (SELECT f.payment_id FROM forward f WHERE f.payment_id IS NOT NULL)
      UNION ALL
      SELECT p.client_id, p.amount_cents - p.allocated_cents + f.cents
      FROM forward f CROSS JOIN payments p ON p.id = f.payment_id WHERE p.date <= ${asOf}
      UNION ALL
      SELECT n.client_id, n.amount_cents - n.settled_cents FROM invoices n
      WHERE n.kind = 'credit_note' AND n.settled_cents < n.amount_cents AND +n.issue_date <= ${asOf}
        AND n.id NOT IN (SELECT f.credit_note_id FROM forward f WHERE f.credit_note_id IS NOT NULL)
      UNION ALL
      SELECT n.client_id, n.amount_cents - n.settled_cents + f.cents
      FROM forward f CROSS JOIN invoices n ON n.id = f.credit_note_id WHERE n.issue_date <= ${asOf}
    )`
}

/**
 * Invoices owed on `asOf` (id, client_id, number, due_date, balance): those open now and
 * issued by then, at their cached balance plus what reached them after asOf, and those
 * settled since, at what was still owed then.
 */
export function invoicesOwedAsOfSql(asOf: IsoDate): SQL {
  return sql`
    WITH reopened AS MATERIALIZED (
      SELECT invoice_id, sum(cents) AS cents FROM (
        SELECT a.invoice_id, a.amount_cents AS cents FROM payments p CROSS JOIN allocations a ON a.payment_id = p.id WHERE p.date > ${asOf}
        UNION ALL
        SELECT a.invoice_id, a.amount_cents FROM invoices n CROSS JOIN allocations a ON a.credit_note_id = n.id
        WHERE n.issue_date > ${asOf} AND n.kind = 'credit_note'
      ) GROUP BY invoice_id
    )
    SELECT i.id, i.client_id AS clientId, i.number, i.due_date AS dueDate, i.amount_cents - i.settled_cents AS balance
    FROM invoices i
    WHERE ${openInvoiceSql} AND i.issue_date <= ${asOf} AND i.id NOT IN (SELECT invoice_id FROM reopened)
    UNION ALL
    SELECT i.id, i.client_id, i.number, i.due_date, i.amount_cents - i.settled_cents + r.cents
    FROM reopened r CROSS JOIN invoices i ON i.id = r.invoice_id
    WHERE i.kind = 'invoice' AND i.issue_date <= ${asOf}`
}
