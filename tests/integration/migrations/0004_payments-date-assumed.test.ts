import { describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag, SMALL_LEDGER_SQL } from '../../helpers/migrations-up-to'

describe('0004_payments-date-assumed', () => {
  it('keeps every payment, each with its own known date, and finds payments by date through the new index', () => {
    const sqlite = dossierAt(previousTag('0004_payments-date-assumed'))
    sqlite.exec(SMALL_LEDGER_SQL)
    migrateTo(sqlite, '0004_payments-date-assumed')

    expect(sqlite.prepare('SELECT id, date, amount_cents AS amount, method, date_assumed AS assumed, allocated_cents AS allocated FROM payments').all()).toEqual([
      { id: 1, date: '2026-02-15', amount: 12000, method: 'transfer', assumed: 0, allocated: 11500 },
    ])
    const plan = sqlite.prepare("EXPLAIN QUERY PLAN SELECT sum(amount_cents) FROM payments WHERE date >= '2026-02-01' AND date_assumed = 0").all() as {
      detail: string
    }[]
    expect(plan.map((row) => row.detail).join(' ')).toContain('payments_date')
    sqlite.close()
  })
})
