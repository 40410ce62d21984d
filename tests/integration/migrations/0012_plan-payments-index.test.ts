import { describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag, SMALL_LEDGER_SQL } from '../../helpers/migrations-up-to'

describe('0012_plan-payments-index', () => {
  it('keeps the payments and reads a client’s payments by date on the new index alone, as payment plans do', () => {
    const sqlite = dossierAt(previousTag('0012_plan-payments-index'))
    sqlite.exec(SMALL_LEDGER_SQL)
    migrateTo(sqlite, '0012_plan-payments-index')

    expect(sqlite.prepare('SELECT id, client_id AS client, date, amount_cents AS amount FROM payments').all()).toEqual([
      { id: 1, client: 1, date: '2026-02-15', amount: 12000 },
    ])
    const plan = sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT client_id, date, amount_cents FROM payments
         WHERE date_assumed = 0 AND client_id IN (SELECT value FROM json_each(?)) ORDER BY client_id, date`,
      )
      .all('[1]') as Array<{ detail: string }>
    expect(plan.map((row) => row.detail).join(' | ')).toMatch(/USING COVERING INDEX payments_client_date/)
    sqlite.close()
  })
})
