import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { id, timestamps } from './columns'

/** A letter, e-mail or call-script model with placeholders, editable by the user. */
export const templates = sqliteTable('templates', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  channel: text('channel', { enum: ['email', 'letter', 'phone', 'registered_letter'] }).notNull(),
  subject: text('subject').notNull().default(''),
  body: text('body').notNull(),
  isBuiltin: integer('is_builtin', { mode: 'boolean' }).notNull().default(false),
  ...timestamps,
})
