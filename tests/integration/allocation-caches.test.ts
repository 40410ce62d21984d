import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDossier } from '../../src-main/data/open-dossier'
import { dossierAt, MIGRATIONS_FOLDER as migrationsFolder } from '../helpers/migrations-up-to'
let folder: string

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'encaisse-caches-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

/** A dossier file at the version before the caches (0001), filled with raw SQL, then opened as the app does. */
function dossierAtVersion0001(path: string): void {
  const sqlite = dossierAt(path, '0001_seed_rates')
  sqlite.exec(`
    INSERT INTO clients (id, code, name, search_key, kind) VALUES (1, 'C1', 'Dupré', 'dupre', 'business');
    INSERT INTO invoices (id, client_id, number, kind, issue_date, due_date, amount_cents) VALUES
      (1, 1, 'F1', 'invoice', '2026-01-01', '2026-01-31', 10000),
      (2, 1, 'F2', 'invoice', '2026-02-01', '2026-03-03', 5000),
      (3, 1, 'AV1', 'credit_note', '2026-02-10', '2026-02-10', 3000);
    INSERT INTO payments (id, client_id, date, amount_cents, method) VALUES (1, 1, '2026-02-15', 12000, 'transfer');
    INSERT INTO allocations (invoice_id, payment_id, credit_note_id, amount_cents) VALUES
      (1, 1, NULL, 10000), (2, 1, NULL, 1500), (2, NULL, 3, 2000);
  `)
  sqlite.close()
}

const invoiceCaches = (sqlite: Database.Database) =>
  sqlite.prepare('SELECT number, settled_cents AS settled FROM invoices ORDER BY id').all()
const paymentCache = (sqlite: Database.Database) =>
  (sqlite.prepare('SELECT allocated_cents AS allocated FROM payments WHERE id = 1').get() as { allocated: number } | undefined)?.allocated

describe('settled and allocated amounts kept by the database', () => {
  it('follow every insert, update and delete of allocations, cascades included', () => {
    const path = join(folder, 'ancien.sqlite')
    dossierAtVersion0001(path)
    const { sqlite, close } = openDossier(path, { migrationsFolder, create: true })
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
    const path = join(folder, 'ancien.sqlite')
    dossierAtVersion0001(path)
    const { sqlite, close } = openDossier(path, { migrationsFolder, create: true })
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
