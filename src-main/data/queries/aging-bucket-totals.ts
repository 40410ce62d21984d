import { sql, type SQL } from 'drizzle-orm'
import { agingBuckets } from '../../../src-shared/aging-buckets'
import type { AgingBucketTotal } from '../../../src-shared/contract/dashboard'
import { addDays, type IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { agingLimits } from './aging-limits'
import { invoiceBalanceSql, openInvoiceSql } from './invoice-balance'

/**
 * What is owed on open invoices per bucket of the dossier's aged balance, for the whole
 * dossier as of today: the dashboard's chart. The aged balance report (aging.ts) gives
 * the same totals, but builds them from one row per client and can go back in time;
 * today's totals need neither, so they are one pass over the open invoices.
 */
export function agingBucketTotals(db: Db, today: IsoDate): AgingBucketTotal[] {
  const limits = agingLimits(db)
  const rows = db.all<{ slot: number; amount: number; count: number }>(agingBucketTotalsSql(today, limits))
  const bySlot = new Map(rows.map((row) => [row.slot, row]))
  return agingBuckets(limits).map((bucket, slot) => ({
    ...bucket,
    amountCents: bySlot.get(slot)?.amount ?? 0,
    invoiceCount: bySlot.get(slot)?.count ?? 0,
  }))
}

/**
 * One grouped pass over the open invoices' covering partial index. Days late are found by
 * comparing due dates with each bucket's first due date, computed here once, so that no
 * date function runs per row. Slot 0 is "not yet due" (due today or later).
 */
export function agingBucketTotalsSql(today: IsoDate, limits: readonly number[]): SQL {
  const slots = [
    sql`WHEN i.due_date >= ${today} THEN 0`,
    ...limits.map((limit, index) => sql`WHEN i.due_date >= ${addDays(today, -limit)} THEN ${index + 1}`),
  ]
  return sql`
    SELECT CASE ${sql.join(slots, sql` `)} ELSE ${limits.length + 1} END AS slot,
           sum(${invoiceBalanceSql}) AS amount, count(*) AS count
    FROM invoices i WHERE ${openInvoiceSql}
    GROUP BY slot`
}
