import { describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag, SMALL_LEDGER_SQL } from '../../helpers/migrations-up-to'

describe('0003_split-allocation-triggers', () => {
  it('keeps the caches of a filled dossier, and its new triggers move them as the old ones did', () => {
    const sqlite = dossierAt(previousTag('0003_split-allocation-triggers'))
    sqlite.exec(SMALL_LEDGER_SQL)
    const caches = () => ({
      invoices: sqlite.prepare('SELECT number, settled_cents AS settled FROM invoices ORDER BY id').all(),
      payment: sqlite.prepare('SELECT allocated_cents AS allocated FROM payments WHERE id = 1').get(),
    })
    const before = caches()
    migrateTo(sqlite, '0003_split-allocation-triggers')
    expect(caches()).toEqual(before)

    // A credit note allocation counts on both of its invoices rows; a payment's on the payment.
    sqlite.exec('UPDATE allocations SET amount_cents = 9000 WHERE invoice_id = 1')
    sqlite.exec('INSERT INTO allocations (invoice_id, payment_id, credit_note_id, amount_cents) VALUES (2, NULL, 3, 500), (2, 1, NULL, 1000)')
    sqlite.exec('DELETE FROM allocations WHERE credit_note_id = 3 AND amount_cents = 2000')
    expect(caches()).toEqual({
      invoices: [
        { number: 'F1', settled: 9000 },
        { number: 'F2', settled: 3000 },
        { number: 'AV1', settled: 500 },
      ],
      payment: { allocated: 11500 },
    })
    expect(
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'allocations' ORDER BY name").all(),
    ).toEqual([{ name: 'allocations_cache_delete' }, { name: 'allocations_cache_insert' }, { name: 'allocations_cache_update' }])
    sqlite.close()
  })
})
