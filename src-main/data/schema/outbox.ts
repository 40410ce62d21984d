import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { id, timestamps } from './columns'
import { reminderActions } from './reminders'

/**
 * E-mails waiting for a connection. `messageId` is fixed when queued, so a retry after
 * a lost answer from the server is recognisable and nothing is sent twice.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: id(),
    actionId: integer('action_id').references(() => reminderActions.id, { onDelete: 'set null' }),
    messageId: text('message_id').notNull().unique(),
    toAddress: text('to_address').notNull(),
    ccAddress: text('cc_address'),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    status: text('status', { enum: ['queued', 'sending', 'sent', 'failed', 'cancelled'] })
      .notNull()
      .default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** While offline: when to try again (ISO instant); the wait doubles at each failed attempt. */
    nextAttemptAt: text('next_attempt_at'),
    sentAt: text('sent_at'),
    /** The server's answer on acceptance (« 250 2.0.0 Ok: queued as 4XyZ »), its own id of the message. */
    serverResponse: text('server_response'),
    ...timestamps,
  },
  (t) => [index('outbox_status').on(t.status)],
)

export const outboxAttachments = sqliteTable('outbox_attachments', {
  id: id(),
  outboxId: integer('outbox_id')
    .notNull()
    .references(() => outbox.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  content: blob('content', { mode: 'buffer' }).notNull(),
})
