import { describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag } from '../../helpers/migrations-up-to'

describe('0005_date-assumed-settlements', () => {
  it('turns the amounts an import said were settled into settlements of unknown date and means, leaving payments entered by hand alone', () => {
    const sqlite = dossierAt(previousTag('0005_date-assumed-settlements'))
    // As the import of an open-items export wrote them before: a transfer dated the import day.
    sqlite.exec(`
      INSERT INTO clients (id, code, name, search_key) VALUES (1, 'PARTIEL', 'Société Partielle', 'societe partielle');
      INSERT INTO invoices (id, client_id, number, issue_date, due_date, amount_cents) VALUES
        (1, 1, 'F2026-0412', '2026-03-31', '2026-04-30', 1248000),
        (2, 1, 'F2026-0500', '2026-05-31', '2026-06-30', 50000),
        (3, 1, 'F2026-0900', '2026-11-20', '2026-12-20', 20000);
      INSERT INTO payments (id, client_id, date, amount_cents, method, reference, source_key) VALUES
        (1, 1, '2026-11-23', 1000000, 'virement', 'Déjà réglé à l’import (F2026-0412)', 'settled:F2026-0412:1000000'),
        (3, 1, '2026-11-23', 5000, 'virement', 'Déjà réglé à l’import (F2026-0900)', 'settled:F2026-0900:5000');
      INSERT INTO payments (id, client_id, date, amount_cents, method) VALUES (2, 1, '2026-11-10', 50000, 'cheque');
      INSERT INTO allocations (invoice_id, payment_id, amount_cents) VALUES (1, 1, 1000000), (2, 2, 50000), (3, 3, 5000);
    `)
    migrateTo(sqlite, '0005_date-assumed-settlements')

    expect(
      sqlite.prepare('SELECT id, date, method, reference, date_assumed AS assumed, allocated_cents AS allocated FROM payments ORDER BY id').all(),
    ).toEqual([
      // Dated on its invoice's due date, since the import day came after it.
      { id: 1, date: '2026-04-30', method: 'inconnu', reference: 'Réglé avant l’import (F2026-0412)', assumed: 1, allocated: 1000000 },
      { id: 2, date: '2026-11-10', method: 'cheque', reference: null, assumed: 0, allocated: 50000 },
      // Not yet due when imported: the date first written stays, never before the invoice.
      { id: 3, date: '2026-11-23', method: 'inconnu', reference: 'Réglé avant l’import (F2026-0900)', assumed: 1, allocated: 5000 },
    ])
    expect(sqlite.prepare('SELECT number, settled_cents AS settled FROM invoices ORDER BY id').all()).toEqual([
      { number: 'F2026-0412', settled: 1000000 },
      { number: 'F2026-0500', settled: 50000 },
      { number: 'F2026-0900', settled: 5000 },
    ])
    sqlite.close()
  })
})
