import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag } from '../../helpers/migrations-up-to'

const folder = mkdtempSync(join(tmpdir(), 'encaisse-0003-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('0003_split-allocation-triggers', () => {
  it('keeps the caches of a filled dossier, and its new triggers move them as the old ones did', () => {
    const sqlite = dossierAt(join(folder, 'd.sqlite'), previousTag('0003_split-allocation-triggers'))
    sqlite.exec(`
      INSERT INTO clients (id, code, name, search_key) VALUES (1, 'C1', 'Dupré', 'dupre');
      INSERT INTO invoices (id, client_id, number, kind, issue_date, due_date, amount_cents) VALUES
        (1, 1, 'F1', 'invoice', '2026-01-01', '2026-01-31', 10000),
        (2, 1, 'F2', 'invoice', '2026-02-01', '2026-03-03', 5000),
        (3, 1, 'AV1', 'credit_note', '2026-02-10', '2026-02-10', 3000);
      INSERT INTO payments (id, client_id, date, amount_cents, method) VALUES (1, 1, '2026-02-15', 12000, 'transfer');
      INSERT INTO allocations (invoice_id, payment_id, credit_note_id, amount_cents) VALUES
        (1, 1, NULL, 10000), (2, NULL, 3, 2000);
    `)
    const caches = () => ({
      invoices: sqlite.prepare('SELECT number, settled_cents AS settled FROM invoices ORDER BY id').all(),
      payment: sqlite.prepare('SELECT allocated_cents AS allocated FROM payments WHERE id = 1').get(),
    })
    const before = caches()
    migrateTo(sqlite, '0003_split-allocation-triggers')
    expect(caches()).toEqual(before)

    // A credit note allocation counts on both of its invoices rows; a payment's on the payment.
    sqlite.exec('INSERT INTO allocations (invoice_id, payment_id, credit_note_id, amount_cents) VALUES (2, NULL, 3, 500), (2, 1, NULL, 1000)')
    sqlite.exec('UPDATE allocations SET amount_cents = 9000 WHERE invoice_id = 1')
    sqlite.exec('DELETE FROM allocations WHERE credit_note_id = 3 AND amount_cents = 2000')
    expect(caches()).toEqual({
      invoices: [
        { number: 'F1', settled: 9000 },
        { number: 'F2', settled: 1500 },
        { number: 'AV1', settled: 500 },
      ],
      payment: { allocated: 10000 },
    })
    expect(
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'allocations' ORDER BY name").all(),
    ).toEqual([{ name: 'allocations_cache_delete' }, { name: 'allocations_cache_insert' }, { name: 'allocations_cache_update' }])
    sqlite.close()
  })
})
