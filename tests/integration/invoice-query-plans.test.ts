import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { invoicePageSql } from '../../src-main/data/queries/invoices'
import { contract } from '../../src-shared/contract'
import { createTestCore } from '../helpers/test-core'

const core = createTestCore()
afterAll(() => core.dispose())

/** The query plan's lines of one invoices.list page, as SQLite would run it on a real dossier. */
function planOf(input: object): string {
  const query = contract['invoices.list'].input.parse(input)
  const { page } = invoicePageSql('2026-11-23', query)
  const rows = core.session.current.db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${page}`)
  return rows.map((row) => row.detail).join('\n')
}

describe('invoice list query plans', () => {
  it('finds overdue invoices through the partial index of open invoices by due date', () => {
    expect(planOf({ filter: 'overdue' })).toMatch(/USING (COVERING )?INDEX invoices_open_by_due_date/)
  })

  it('reads only open invoices, through a partial index, to sort them by amount', () => {
    expect(planOf({ filter: 'open', sort: 'amount', descending: true })).toMatch(/USING (COVERING )?INDEX invoices_open_by_/)
  })

  it('walks the due-date index for the unfiltered default page', () => {
    expect(planOf({})).toMatch(/USING (COVERING )?INDEX invoices_due_date/)
  })
})
