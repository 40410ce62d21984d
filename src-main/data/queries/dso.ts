import { sql, type SQL } from 'drizzle-orm'
import type { IsoDate } from '../../../src-shared/dates'
import { countbackDso } from '../../domain/countback-dso'
import type { Db } from '../open-dossier'
import { invoiceBalanceSql, openInvoiceSql } from './invoice-balance'

/** Net sales including VAT: invoices minus credit notes, `i` being the invoices alias. */
const netSalesSql = sql`coalesce(sum(CASE i.kind WHEN 'invoice' THEN i.amount_cents ELSE -i.amount_cents END), 0)`

/**
 * What was owed as of `asOf`: invoices minus credit notes issued by then, minus payments
 * received by then (allocations only move money between them). Computed as today's
 * balance, read from the ledger caches through the partial indexes, less what is dated
 * after `asOf` (a few rows through the date indexes), so that no query sums the ledger.
 */
function receivablesAt(db: Db, asOf: IsoDate, scope: SQL): number {
  const row = db.get<{ cents: number }>(sql`
    SELECT (SELECT coalesce(sum(${invoiceBalanceSql}), 0) FROM invoices i WHERE ${openInvoiceSql} AND ${scope})
         - (SELECT coalesce(sum(i.amount_cents - i.settled_cents), 0) FROM invoices i
            WHERE i.kind = 'credit_note' AND i.settled_cents < i.amount_cents AND ${scope})
         - (SELECT coalesce(sum(p.amount_cents - p.allocated_cents), 0) FROM payments p
            WHERE p.allocated_cents < p.amount_cents AND ${scope})
         - (SELECT ${netSalesSql} FROM invoices i WHERE i.issue_date > ${asOf} AND ${scope})
         + (SELECT coalesce(sum(p.amount_cents), 0) FROM payments p WHERE p.date > ${asOf} AND ${scope}) AS cents
  `)
  return row?.cents ?? 0
}

function firstSaleDate(db: Db, scope: SQL): IsoDate | null {
  return db.get<{ first: IsoDate | null }>(sql`SELECT min(i.issue_date) AS first FROM invoices i WHERE i.kind = 'invoice' AND ${scope}`)?.first ?? null
}

function dsoOf(db: Db, asOf: IsoDate, scope: SQL): number | null {
  return countbackDso(asOf, receivablesAt(db, asOf, scope), firstSaleDate(db, scope), (after, through) =>
    db.get<{ cents: number }>(sql`
      SELECT ${netSalesSql} AS cents FROM invoices i WHERE i.issue_date > ${after} AND i.issue_date <= ${through} AND ${scope}
    `)?.cents ?? 0,
  )
}

/** The dossier's DSO as of `asOf`, in days (countback method); null when nothing was ever sold. */
export function dossierDso(db: Db, asOf: IsoDate): number | null {
  return dsoOf(db, asOf, sql`1 = 1`)
}

/** One client's DSO as of `asOf`, in days (countback method); null when it was never invoiced. */
export function clientDso(db: Db, clientId: number, asOf: IsoDate): number | null {
  return dsoOf(db, asOf, sql`client_id = ${clientId}`)
}
