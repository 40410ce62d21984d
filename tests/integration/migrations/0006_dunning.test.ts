import { describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag, SMALL_LEDGER_SQL } from '../../helpers/migrations-up-to'

describe('0006_dunning', () => {
  it('keeps the scenarios and reminders already in a dossier, their new columns at neutral values, and adds the per-client settings', () => {
    const sqlite = dossierAt(previousTag('0006_dunning'))
    sqlite.exec(SMALL_LEDGER_SQL)
    sqlite.exec(`
      INSERT INTO scenarios (id, name, is_default) VALUES (1, 'Maison', 1);
      INSERT INTO scenario_steps (scenario_id, position, offset_days, channel, label) VALUES (1, 1, 10, 'email', 'Relance maison');
      INSERT INTO reminder_actions (id, client_id, channel, planned_on, status, dedup_key) VALUES (1, 1, 'email', '2026-02-10', 'done', 'C1:1:F1');
      INSERT INTO reminder_action_invoices (action_id, invoice_id, balance_cents) VALUES (1, 1, 10000);
    `)
    migrateTo(sqlite, '0006_dunning')

    expect(sqlite.prepare('SELECT name, is_default AS isDefault, is_consumer_default AS consumer FROM scenarios').all()).toEqual([
      { name: 'Maison', isDefault: 1, consumer: 0 },
    ])
    expect(
      sqlite.prepare('SELECT label, offset_days AS offset, level, template_code AS template, min_amount_cents AS minimum, required FROM scenario_steps').all(),
    ).toEqual([{ label: 'Relance maison', offset: 10, level: 1, template: '', minimum: 0, required: 0 }])
    expect(sqlite.prepare('SELECT status, dedup_key AS dedup, level, step_position AS position FROM reminder_actions').all()).toEqual([
      { status: 'done', dedup: 'C1:1:F1', level: null, position: null },
    ])
    expect(sqlite.prepare('SELECT invoice_id AS invoice, balance_cents AS balance FROM reminder_action_invoices').all()).toEqual([{ invoice: 1, balance: 10000 }])

    sqlite.exec("INSERT INTO client_dunning (client_id, stopped_on, stop_reason) VALUES (1, '2026-03-01', 'Procédure collective')")
    sqlite.exec("INSERT INTO dunning_exclusions (invoice_id, excluded_on) VALUES (2, '2026-03-01')")
    expect(() => sqlite.exec("INSERT INTO dunning_exclusions (invoice_id, excluded_on) VALUES (99, '2026-03-01')")).toThrow(/FOREIGN KEY/)
    sqlite.exec("INSERT INTO clients (id, code, name, search_key) VALUES (2, 'C2', 'Sans pièce', 'sans piece')")
    sqlite.exec("INSERT INTO client_dunning (client_id, reached_level, reached_on) VALUES (2, 2, '2026-03-01')")
    sqlite.exec('DELETE FROM clients WHERE id = 2')
    expect(sqlite.prepare('SELECT client_id AS client FROM client_dunning').all()).toEqual([{ client: 1 }])
    sqlite.close()
  })
})
