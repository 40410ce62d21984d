import { describe, expect, it } from 'vitest'
import { dossierAt, migrateTo } from '../../helpers/migrations-up-to'

describe('0000_init', () => {
  it('turns an empty file into a dossier that keeps a ledger and refuses orphans and blank codes', () => {
    const sqlite = dossierAt(null)
    migrateTo(sqlite, '0000_init')
    sqlite.exec(`
      INSERT INTO clients (id, code, name, search_key) VALUES (1, 'C1', 'Dupré', 'dupre');
      INSERT INTO invoices (id, client_id, number, kind, issue_date, due_date, amount_cents) VALUES (1, 1, 'F1', 'invoice', '2026-01-01', '2026-01-31', 10000);
      INSERT INTO payments (id, client_id, date, amount_cents, method) VALUES (1, 1, '2026-02-15', 4000, 'transfer');
      INSERT INTO allocations (invoice_id, payment_id, amount_cents) VALUES (1, 1, 4000);
    `)
    expect(sqlite.prepare('SELECT c.kind, c.country, i.amount_cents, a.amount_cents AS allocated FROM clients c JOIN invoices i ON i.client_id = c.id JOIN allocations a ON a.invoice_id = i.id').get()).toEqual({
      kind: 'pro',
      country: 'France',
      amount_cents: 10000,
      allocated: 4000,
    })
    expect(() => sqlite.exec("INSERT INTO invoices (client_id, number, kind, issue_date, due_date, amount_cents) VALUES (99, 'F2', 'invoice', '2026-01-01', '2026-01-31', 1)")).toThrow(/FOREIGN KEY/)
    expect(() => sqlite.exec("INSERT INTO clients (code, name, search_key) VALUES ('  ', 'X', 'x')")).toThrow(/CHECK/)
    sqlite.close()
  })
})
