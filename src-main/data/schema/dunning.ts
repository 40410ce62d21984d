import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { timestamps } from './columns'
import { clients } from './clients'
import { invoices } from './ledger'

/**
 * How reminders treat one client beyond its scenario: stopped (« bloqué en relance »),
 * postponed to a date, or at a level reached before Encaisse (set by hand). One row per
 * client that has any of these; none for the others.
 */
export const clientDunning = sqliteTable('client_dunning', {
  clientId: integer('client_id')
    .primaryKey()
    .references(() => clients.id, { onDelete: 'cascade' }),
  stoppedOn: text('stopped_on'),
  stopReason: text('stop_reason'),
  /** Last day of the stop; null: until lifted by hand. */
  stopUntil: text('stop_until'),
  postponedUntil: text('postponed_until'),
  reachedLevel: integer('reached_level'),
  reachedOn: text('reached_on'),
  ...timestamps,
})

/** An invoice taken out of reminders by hand, with why. */
export const dunningExclusions = sqliteTable('dunning_exclusions', {
  invoiceId: integer('invoice_id')
    .primaryKey()
    .references(() => invoices.id, { onDelete: 'cascade' }),
  excludedOn: text('excluded_on').notNull(),
  reason: text('reason'),
  ...timestamps,
})
