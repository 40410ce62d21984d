import { sql } from 'drizzle-orm'
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamps } from './columns'
import { templates } from './templates'

/** A reminder scenario: the ordered steps a client's unpaid invoices go through. */
export const scenarios = sqliteTable('scenarios', {
  id: id(),
  name: text('name').notNull().unique(),
  isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(false),
  /** The scenario consumer clients (particuliers) follow when neither they nor their segment name one. */
  isConsumerDefault: integer('is_consumer_default', { mode: 'boolean' }).notNull().default(false),
  archivedAt: text('archived_at'),
  ...timestamps,
})

export const REMINDER_CHANNELS = ['email', 'letter', 'phone', 'registered_letter'] as const

/**
 * One step of a scenario, relative to the due date: a negative offset is a courtesy
 * reminder before the due date (DESIGN.md §4).
 */
export const scenarioSteps = sqliteTable(
  'scenario_steps',
  {
    id: id(),
    scenarioId: integer('scenario_id')
      .notNull()
      .references(() => scenarios.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    offsetDays: integer('offset_days').notNull(),
    channel: text('channel', { enum: REMINDER_CHANNELS }).notNull(),
    label: text('label').notNull(),
    templateId: integer('template_id').references(() => templates.id, { onDelete: 'set null' }),
    includePenalties: integer('include_penalties', { mode: 'boolean' }).notNull().default(false),
    /** 0 for a courtesy step, then 1, 2, 3…: how firm the wording is. */
    level: integer('level').notNull().default(1),
    /** The template's agreed code (`relance-1`, `mise-en-demeure`…), rendered by the letters issue. */
    templateCode: text('template_code').notNull().default(''),
    /** The step is not proposed for less than this overdue amount. */
    minAmountCents: integer('min_amount_cents').notNull().default(0),
    /** A required step is never jumped over. */
    required: integer('required', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('scenario_steps_position').on(t.scenarioId, t.position),
    check('scenario_steps_position_positive', sql`${t.position} >= 1`),
  ],
)
