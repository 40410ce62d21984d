import { sql } from 'drizzle-orm'
import type { OutboxMessage } from '../../../src-shared/contract/mail'
import type { IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { recordActivity } from './activities'

/**
 * The outbox (DESIGN §1.3: nothing is sent twice). A message is claimed (`sending`) in
 * its own transaction before the SMTP conversation, and recorded `sent` after it; a
 * message still `sending` when no sender holds it may have reached the server, so it
 * is never picked again by itself.
 */

const NOW = sql`strftime('%Y-%m-%dT%H:%M:%fZ','now')`

export interface QueuedEmail {
  actionId: number
  messageId: string
  to: string
  cc: string | null
  subject: string
  body: string
  attachment: { fileName: string; content: Buffer } | null
}

export function validatedEmailActions(db: Db): number[] {
  return db
    .all<{ id: number }>(sql`
      SELECT a.id FROM reminder_actions a
      WHERE a.status = 'validated' AND a.channel = 'email'
        AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.action_id = a.id AND o.status <> 'cancelled')
      ORDER BY a.planned_on, a.id
    `)
    .map((row) => row.id)
}

export function enqueueEmail(db: Db, email: QueuedEmail): number {
  const id = db.get<{ id: number }>(sql`
    INSERT INTO outbox (action_id, message_id, to_address, cc_address, subject, body_text)
    VALUES (${email.actionId}, ${email.messageId}, ${email.to}, ${email.cc}, ${email.subject}, ${email.body}) RETURNING id
  `)!.id
  if (email.attachment) {
    db.run(sql`
      INSERT INTO outbox_attachments (outbox_id, file_name, mime_type, content)
      VALUES (${id}, ${email.attachment.fileName}, 'application/pdf', ${email.attachment.content})
    `)
  }
  return id
}

export function outboxMessages(db: Db): OutboxMessage[] {
  const rows = db.all<Omit<OutboxMessage, 'attachments'> & { attachments: string | null }>(sql`
    SELECT o.id, o.action_id AS actionId, c.name AS clientName, o.to_address AS "to", o.subject, o.status, o.attempts,
      o.last_error AS lastError, o.next_attempt_at AS nextAttemptAt, o.sent_at AS sentAt, o.message_id AS messageId,
      o.server_response AS serverResponse,
      (SELECT json_group_array(file_name) FROM outbox_attachments WHERE outbox_id = o.id) AS attachments
    FROM outbox o LEFT JOIN reminder_actions a ON a.id = o.action_id LEFT JOIN clients c ON c.id = a.client_id
    ORDER BY o.id DESC
  `)
  return rows.map((row) => ({ ...row, attachments: JSON.parse(row.attachments ?? '[]') as string[] }))
}

export interface OutgoingMessage {
  id: number
  actionId: number | null
  messageId: string
  to: string
  cc: string | null
  subject: string
  body: string
  attachments: Array<{ fileName: string; mimeType: string; content: Buffer }>
}

export function outgoingMessage(db: Db, id: number): OutgoingMessage | undefined {
  const row = db.get<Omit<OutgoingMessage, 'attachments'>>(sql`
    SELECT id, action_id AS actionId, message_id AS messageId, to_address AS "to", cc_address AS cc, subject, body_text AS body
    FROM outbox WHERE id = ${id}
  `)
  if (!row) return undefined
  const attachments = db.all<OutgoingMessage['attachments'][number]>(sql`
    SELECT file_name AS fileName, mime_type AS mimeType, content FROM outbox_attachments WHERE outbox_id = ${id} ORDER BY id
  `)
  return { ...row, attachments }
}

/** Queued messages whose time has come (all of them with `force`), oldest first. */
export function dueMessages(db: Db, nowIso: string, force: boolean): number[] {
  return db
    .all<{ id: number }>(sql`
      SELECT id FROM outbox WHERE status = 'queued' AND (${force ? 1 : 0} = 1 OR next_attempt_at IS NULL OR next_attempt_at <= ${nowIso})
      ORDER BY id
    `)
    .map((row) => row.id)
}

/** Claims a queued message for sending; false when another sender took it or it is no longer queued. */
export function claimMessage(db: Db, id: number): boolean {
  return db.run(sql`UPDATE outbox SET status = 'sending', attempts = attempts + 1, updated_at = ${NOW} WHERE id = ${id} AND status = 'queued'`).changes > 0
}

export function recordSent(db: Db, id: number, sentAt: string, serverResponse: string, today: IsoDate): void {
  db.run(sql`
    UPDATE outbox SET status = 'sent', sent_at = ${sentAt}, server_response = ${serverResponse}, last_error = NULL, next_attempt_at = NULL,
      updated_at = ${NOW}
    WHERE id = ${id}
  `)
  const action = db.get<{ actionId: number | null; clientId: number | null; subject: string; to: string }>(sql`
    SELECT o.action_id AS actionId, a.client_id AS clientId, o.subject, o.to_address AS "to"
    FROM outbox o LEFT JOIN reminder_actions a ON a.id = o.action_id WHERE o.id = ${id}
  `)
  if (action?.actionId != null && action.clientId != null) {
    db.run(sql`UPDATE reminder_actions SET status = 'sent', done_on = ${today}, updated_at = ${NOW} WHERE id = ${action.actionId} AND status = 'validated'`)
    recordActivity(db, { clientId: action.clientId, kind: 'reminder', occurredOn: today, body: `E-mail envoyé à ${action.to} : ${action.subject}` })
  }
}

/** Not accepted by the server (offline, refused connection): queued again for later. */
export function recordWaiting(db: Db, id: number, error: string, nextAttemptAt: string): void {
  db.run(sql`UPDATE outbox SET status = 'queued', last_error = ${error}, next_attempt_at = ${nextAttemptAt}, updated_at = ${NOW} WHERE id = ${id}`)
}

export function recordFailed(db: Db, id: number, error: string): void {
  db.run(sql`UPDATE outbox SET status = 'failed', last_error = ${error}, next_attempt_at = NULL, updated_at = ${NOW} WHERE id = ${id}`)
}

/** Messages left `sending` by a sender that is gone (the process ended mid-conversation). */
export function abandonedMessages(db: Db, held: Set<number>): number[] {
  return db
    .all<{ id: number }>(sql`SELECT id FROM outbox WHERE status = 'sending' ORDER BY id`)
    .map((row) => row.id)
    .filter((id) => !held.has(id))
}

export function requeue(db: Db, id: number, from: Array<'failed' | 'cancelled'>): boolean {
  return (
    db.run(sql`
      UPDATE outbox SET status = 'queued', next_attempt_at = NULL, updated_at = ${NOW}
      WHERE id = ${id} AND status IN (SELECT value FROM json_each(${JSON.stringify(from)}))
    `).changes > 0
  )
}

export function cancelMessage(db: Db, id: number): boolean {
  return db.run(sql`UPDATE outbox SET status = 'cancelled', next_attempt_at = NULL, updated_at = ${NOW} WHERE id = ${id} AND status IN ('queued', 'failed')`).changes > 0
}

export function messageAttempts(db: Db, id: number): number {
  return db.get<{ attempts: number }>(sql`SELECT attempts FROM outbox WHERE id = ${id}`)?.attempts ?? 0
}
