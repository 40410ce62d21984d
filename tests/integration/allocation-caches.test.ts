import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDossier } from '../../src-main/data/open-dossier'
import { dossierAt, MIGRATIONS_FOLDER as migrationsFolder, SMALL_LEDGER_SQL } from '../helpers/migrations-up-to'
/** A dossier file at the version before the caches (0001), filled with raw SQL, to be opened as the app does. */
function dossierAtVersion0001(): string {
  const sqlite = dossierAt('0001_seed_rates')
  sqlite.exec(SMALL_LEDGER_SQL)
  sqlite.close()
  return sqlite.name
}

const invoiceCaches = (sqlite: Database.Database) =>
  sqlite.prepare('SELECT number, settled_cents AS settled FROM invoices ORDER BY id').all()
const paymentCache = (sqlite: Database.Database) =>
  (sqlite.prepare('SELECT allocated_cents AS allocated FROM payments WHERE id = 1').get() as { allocated: number } | undefined)?.allocated

describe('settled and allocated amounts kept by the database', () => {
  it('follow every insert, update and delete of allocations, cascades included', () => {
    const { sqlite, close } = openDossier(dossierAtVersion0001(), { now: new Date(), migrationsFolder })
    sqlite.prepare('INSERT INTO allocations (invoice_id, payment_id, amount_cents) VALUES (2, 1, 500)').run()
    expect(invoiceCaches(sqlite)).toContainEqual({ number: 'F2', settled: 4000 })
    expect(paymentCache(sqlite)).toBe(12000)

    sqlite.prepare('UPDATE allocations SET amount_cents = 1000 WHERE invoice_id = 2 AND credit_note_id = 3').run()
    expect(invoiceCaches(sqlite)).toEqual([
      { number: 'F1', settled: 10000 },
      { number: 'F2', settled: 3000 },
      { number: 'AV1', settled: 1000 },
    ])

    // Undoing a payment deletes its allocations by cascade: the caches follow.
    sqlite.prepare('DELETE FROM payments WHERE id = 1').run()
    expect(invoiceCaches(sqlite)).toEqual([
      { number: 'F1', settled: 0 },
      { number: 'F2', settled: 1000 },
      { number: 'AV1', settled: 1000 },
    ])
    sqlite.prepare('DELETE FROM invoices WHERE id = 3').run()
    expect(invoiceCaches(sqlite)).toEqual([
      { number: 'F1', settled: 0 },
      { number: 'F2', settled: 0 },
    ])
    close()
  })

  it('refuse settling more than an amount, and an amount below what is settled, changing nothing', () => {
    const { sqlite, close } = openDossier(dossierAtVersion0001(), { now: new Date(), migrationsFolder })
    expect(() => sqlite.prepare('INSERT INTO allocations (invoice_id, payment_id, amount_cents) VALUES (1, 1, 1)').run()).toThrow(
      /settled_cents outside/,
    )
    expect(() => sqlite.prepare('UPDATE invoices SET amount_cents = 3000 WHERE id = 2').run()).toThrow(/settled_cents outside/)
    expect(() => sqlite.prepare('UPDATE payments SET amount_cents = 100 WHERE id = 1').run()).toThrow(/allocated_cents outside/)
    expect(invoiceCaches(sqlite)).toContainEqual({ number: 'F1', settled: 10000 })
    expect(sqlite.prepare('SELECT count(*) AS n FROM allocations').get()).toEqual({ n: 3 })
    close()
  })
})
