import { sql } from 'drizzle-orm'
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamps } from './columns'
import { templates } from './templates'

/** A reminder scenario: the ordered steps a client's unpaid invoices go through. */
export const scenarios = sqliteTable('scenarios', {
  id: id(),
  name: text('name').notNull().unique(),
  isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(false),
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
    ...timestamps,
  },
  (t) => [
    uniqueIndex('scenario_steps_position').on(t.scenarioId, t.position),
    check('scenario_steps_position_positive', sql`${t.position} >= 1`),
  ],
)
