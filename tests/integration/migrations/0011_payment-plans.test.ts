import { describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag, SMALL_LEDGER_SQL } from '../../helpers/migrations-up-to'

describe('0011_payment-plans', () => {
  it('keeps the plans, their invoices and instalments: the agreed date becomes both proposal and acceptance, the total its principal', () => {
    const sqlite = dossierAt(previousTag('0011_payment-plans'))
    sqlite.exec(SMALL_LEDGER_SQL)
    sqlite.exec(`
      INSERT INTO payment_plans (id, client_id, agreed_on, status, total_cents, note) VALUES (1, 1, '2026-03-10', 'active', 5000, 'Accord téléphonique');
      INSERT INTO plan_invoices (plan_id, invoice_id) VALUES (1, 2);
      INSERT INTO instalments (id, plan_id, sequence, due_date, amount_cents) VALUES (1, 1, 1, '2026-04-10', 2500), (2, 1, 2, '2026-05-10', 2500);
      INSERT INTO reminder_actions (id, client_id, channel, planned_on, status, dedup_key) VALUES (1, 1, 'email', '2026-02-10', 'sent', 'C1:1:F1');
    `)
    migrateTo(sqlite, '0011_payment-plans')

    expect(
      sqlite
        .prepare(
          `SELECT proposed_on AS proposedOn, accepted_on AS acceptedOn, status, penalties, total_cents AS total, principal_cents AS principal,
                  interest_cents AS interest, frozen_claim_cents AS frozen, down_payment_cents AS down, frequency, replaces_plan_id AS replaces, note
           FROM payment_plans`,
        )
        .all(),
    ).toEqual([
      { proposedOn: '2026-03-10', acceptedOn: '2026-03-10', status: 'active', penalties: 'freeze', total: 5000, principal: 5000, interest: 0, frozen: 0, down: 0, frequency: 'month', replaces: null, note: 'Accord téléphonique' },
    ])
    expect(sqlite.prepare('SELECT plan_id AS plan, invoice_id AS invoice FROM plan_invoices').all()).toEqual([{ plan: 1, invoice: 2 }])
    expect(sqlite.prepare('SELECT sequence, amount_cents AS amount, edited FROM instalments ORDER BY sequence').all()).toEqual([
      { sequence: 1, amount: 2500, edited: 0 },
      { sequence: 2, amount: 2500, edited: 0 },
    ])
    expect(sqlite.prepare('SELECT dedup_key AS dedup, instalment_id AS instalment FROM reminder_actions').all()).toEqual([{ dedup: 'C1:1:F1', instalment: null }])

    // A plan reminder names its instalment; the reminder stays in the journal if the plan goes.
    sqlite.exec("INSERT INTO reminder_actions (id, client_id, channel, planned_on, status, dedup_key, instalment_id) VALUES (2, 1, 'email', '2026-04-07', 'validated', 'plan:1:1:before', 1)")
    expect(() => sqlite.exec("INSERT INTO reminder_actions (client_id, channel, planned_on, dedup_key, instalment_id) VALUES (1, 'email', '2026-04-07', 'x', 99)")).toThrow(/FOREIGN KEY/)
    sqlite.exec('DELETE FROM payment_plans WHERE id = 1')
    expect(sqlite.prepare('SELECT count(*) AS n FROM instalments').get()).toEqual({ n: 0 })
    expect(sqlite.prepare('SELECT id, instalment_id AS instalment FROM reminder_actions WHERE id = 2').get()).toEqual({ id: 2, instalment: null })
    sqlite.close()
  })
})
