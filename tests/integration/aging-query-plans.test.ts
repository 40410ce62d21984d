import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { agingReportSql, type AgingQuery } from '../../src-main/data/queries/aging'
import { createTestCore } from '../helpers/test-core'

const core = createTestCore()
afterAll(() => core.dispose())

const QUERY: AgingQuery = { onlyLate: false, sort: 'name', descending: false, offset: 0, limit: 200 }

/** The query plan's lines of the aged balance, as SQLite would run it on a real dossier. */
function planOf(asOf: string, query: Partial<AgingQuery> = {}): string[] {
  const rows = core.session.current.db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${agingReportSql(asOf, [30, 60, 90], { ...QUERY, ...query })}`)
  return rows.map((row) => row.detail)
}

describe('aged balance query plan', () => {
  it('aggregates the open invoices per client from their covering partial index', () => {
    expect(planOf('2026-11-23')).toContain('SCAN i USING COVERING INDEX invoices_open_by_client')
  })

  it('reads unallocated payments and unused credit notes through their partial indexes', () => {
    const plan = planOf('2026-11-23').join('\n')
    expect(plan).toMatch(/SCAN p USING INDEX payments_unallocated_by_client/)
    expect(plan).toMatch(/SCAN n USING INDEX credit_notes_unused_by_client/)
  })

  it('never scans a ledger table whole, as of today or of a past date, filtered or not', () => {
    for (const plan of [planOf('2026-11-23'), planOf('2026-08-25', { segment: 'PME', search: 'dupré', onlyLate: true, sort: 'total' })]) {
      // Table scans without an index (SCAN x alone) of invoices, payments or allocations.
      const fullScans = plan.filter((line) => /^SCAN (i|x|n|p|a)$/.test(line))
      expect(fullScans).toEqual([])
      // What happened after the date is found by date, through the date indexes.
      expect(plan).toContain('SEARCH p USING COVERING INDEX payments_date (date>?)')
      expect(plan).toContain('SEARCH x USING COVERING INDEX invoices_issue_date (issue_date>?)')
    }
  })
})
