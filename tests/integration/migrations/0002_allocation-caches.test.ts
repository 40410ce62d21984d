import { describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag, SMALL_LEDGER_SQL } from '../../helpers/migrations-up-to'

describe('0002_allocation-caches', () => {
  it('computes the settled and allocated amounts from the allocations already in the dossier', () => {
    const sqlite = dossierAt(previousTag('0002_allocation-caches'))
    sqlite.exec(SMALL_LEDGER_SQL)
    sqlite.exec(`
      INSERT INTO invoices (id, client_id, number, kind, issue_date, due_date, amount_cents) VALUES (4, 1, 'F3', 'invoice', '2026-03-01', '2026-03-31', 700);
      INSERT INTO payments (id, client_id, date, amount_cents, method) VALUES (2, 1, '2026-03-02', 900, 'check');
    `)
    migrateTo(sqlite, '0002_allocation-caches')

    expect(sqlite.prepare('SELECT number, settled_cents AS settled FROM invoices ORDER BY id').all()).toEqual([
      { number: 'F1', settled: 10000 },
      { number: 'F2', settled: 3500 },
      { number: 'AV1', settled: 2000 },
      { number: 'F3', settled: 0 },
    ])
    expect(sqlite.prepare('SELECT id, allocated_cents AS allocated, source_key AS sourceKey FROM payments ORDER BY id').all()).toEqual([
      { id: 1, allocated: 11500, sourceKey: null },
      { id: 2, allocated: 0, sourceKey: null },
    ])
    expect(sqlite.prepare('SELECT import_batch_id AS batch FROM clients').get()).toEqual({ batch: null })
    // From then on the triggers keep the caches: a new allocation counts at once.
    sqlite.exec('INSERT INTO allocations (invoice_id, payment_id, amount_cents) VALUES (4, 2, 700)')
    expect(sqlite.prepare('SELECT settled_cents AS settled FROM invoices WHERE id = 4').get()).toEqual({ settled: 700 })
    sqlite.close()
  })
})
