import { sql, type SQL } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { agingBucketTotalsSql } from '../../src-main/data/queries/aging-bucket-totals'
import { cashForecastSql } from '../../src-main/data/queries/cash-forecast'
import { collectedByMonthSql } from '../../src-main/data/queries/collections'
import { topDebtorsSql } from '../../src-main/data/queries/top-debtors'
import { createTestCore } from '../helpers/test-core'

const TODAY = '2026-11-23'
const core = createTestCore({ today: TODAY })
afterAll(() => core.dispose())

/** The query plan's lines, as SQLite would run the query on a real dossier (no ANALYZE, as at a user's). */
function planOf(query: SQL): string {
  const rows = core.session.current.db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${query}`)
  return rows.map((row) => row.detail).join('\n')
}

/** Every line that reads a table, so that a full scan of invoices, payments or allocations is seen. */
function tableReads(plan: string): string[] {
  return plan.split('\n').filter((line) => /^(SCAN|SEARCH) (i|p|a|c)\b/.test(line))
}

describe('dashboard query plans', () => {
  it('sums the aging buckets from the covering partial index of open invoices alone', () => {
    expect(tableReads(planOf(agingBucketTotalsSql(TODAY, [30, 60, 90])))).toEqual(['SCAN i USING COVERING INDEX invoices_open_by_client'])
  })

  it('ranks the debtors in one pass over the three partial indexes of open items, then looks up ten clients', () => {
    const plan = planOf(topDebtorsSql(TODAY, 10))
    expect(tableReads(plan)).toEqual([
      'SCAN i USING COVERING INDEX invoices_open_by_client',
      'SCAN i USING INDEX credit_notes_unused_by_client',
      'SCAN p USING INDEX payments_unallocated_by_client',
      'SEARCH c USING INTEGER PRIMARY KEY (rowid=?)',
    ])
  })

  it("reads two months of payments through the payments' date index", () => {
    expect(tableReads(planOf(collectedByMonthSql(TODAY)))).toEqual([expect.stringMatching(/^SEARCH p USING (COVERING )?INDEX payments_date \(date>\? AND date<\?\)$/)])
  })

  it("walks a year of payments by date for the delays, then the open invoices' covering index", () => {
    const reads = tableReads(planOf(cashForecastSql(TODAY, 90)))
    expect(reads).toEqual([
      expect.stringMatching(/^SEARCH p USING COVERING INDEX payments_date \(date>\? AND date<\?\)$/),
      'SEARCH a USING INDEX allocations_payment (payment_id=?)',
      'SEARCH i USING INTEGER PRIMARY KEY (rowid=?)',
      'SCAN i USING COVERING INDEX invoices_open_by_client',
    ])
  })
})
