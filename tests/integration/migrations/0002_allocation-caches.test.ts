import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag } from '../../helpers/migrations-up-to'

const folder = mkdtempSync(join(tmpdir(), 'encaisse-0002-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('0002_allocation-caches', () => {
  it('computes the settled and allocated amounts from the allocations already in the dossier', () => {
    const sqlite = dossierAt(join(folder, 'd.sqlite'), previousTag('0002_allocation-caches'))
    sqlite.exec(`
      INSERT INTO clients (id, code, name, search_key) VALUES (1, 'C1', 'Dupré', 'dupre');
      INSERT INTO invoices (id, client_id, number, kind, issue_date, due_date, amount_cents) VALUES
        (1, 1, 'F1', 'invoice', '2026-01-01', '2026-01-31', 10000),
        (2, 1, 'F2', 'invoice', '2026-02-01', '2026-03-03', 5000),
        (3, 1, 'AV1', 'credit_note', '2026-02-10', '2026-02-10', 3000),
        (4, 1, 'F3', 'invoice', '2026-03-01', '2026-03-31', 700);
      INSERT INTO payments (id, client_id, date, amount_cents, method) VALUES
        (1, 1, '2026-02-15', 12000, 'transfer'), (2, 1, '2026-03-02', 900, 'check');
      INSERT INTO allocations (invoice_id, payment_id, credit_note_id, amount_cents) VALUES
        (1, 1, NULL, 10000), (2, 1, NULL, 1500), (2, NULL, 3, 2000);
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
