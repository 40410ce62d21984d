import { describe, expect, it } from 'vitest'
import { dossierAt, migrateTo, previousTag, SMALL_LEDGER_SQL } from '../../helpers/migrations-up-to'

describe('0009_letters-and-outbox', () => {
  it('keeps the reminders and queued e-mails already in a dossier, with no tracking number nor retry planned yet', () => {
    const sqlite = dossierAt(previousTag('0009_letters-and-outbox'))
    sqlite.exec(SMALL_LEDGER_SQL)
    sqlite.exec(`
      INSERT INTO reminder_actions (id, client_id, channel, planned_on, status, dedup_key) VALUES (1, 1, 'registered_letter', '2026-03-10', 'validated', 'C1:5:F1');
      INSERT INTO outbox (id, action_id, message_id, to_address, subject, body_text, status, attempts)
        VALUES (1, 1, '<a1@encaisse.local>', 'compta@dupre.fr', 'Relance', 'Bonjour', 'queued', 2);
    `)
    migrateTo(sqlite, '0009_letters-and-outbox')

    expect(sqlite.prepare('SELECT status, dedup_key AS dedup, tracking_number AS tracking FROM reminder_actions').all()).toEqual([
      { status: 'validated', dedup: 'C1:5:F1', tracking: null },
    ])
    expect(
      sqlite.prepare('SELECT message_id AS messageId, status, attempts, next_attempt_at AS next, server_response AS response FROM outbox').all(),
    ).toEqual([{ messageId: '<a1@encaisse.local>', status: 'queued', attempts: 2, next: null, response: null }])
    sqlite.close()
  })
})
