import { sql } from 'drizzle-orm'
import { REMINDER_STATUSES } from '../../../src-shared/contract/dunning'
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamps } from './columns'
import { clients } from './clients'
import { invoices } from './ledger'
import { instalments } from './plans'
import { REMINDER_CHANNELS, scenarioSteps } from './scenarios'
import { templates } from './templates'

/**
 * One reminder action for one client at one scenario step, covering all its invoices at
 * that step (DESIGN.md §4). `dedupKey` makes "nothing is sent twice" a database rule.
 */
export const reminderActions = sqliteTable(
  'reminder_actions',
  {
    id: id(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    stepId: integer('step_id').references(() => scenarioSteps.id, { onDelete: 'set null' }),
    channel: text('channel', { enum: REMINDER_CHANNELS }).notNull(),
    plannedOn: text('planned_on').notNull(),
    status: text('status', { enum: REMINDER_STATUSES })
      .notNull()
      .default('proposed'),
    dedupKey: text('dedup_key').notNull(),
    templateId: integer('template_id').references(() => templates.id, { onDelete: 'set null' }),
    subject: text('subject'),
    body: text('body'),
    /** The rendered letter, kept as printed so the file shows exactly what was sent. */
    documentPdf: blob('document_pdf', { mode: 'buffer' }),
    /** La Poste's number of a registered letter, typed after posting (bordereau LRAR). */
    trackingNumber: text('tracking_number'),
    doneOn: text('done_on'),
    outcome: text('outcome'),
    /** The step as it stood when the action was recorded: the scenario may be edited later. */
    stepPosition: integer('step_position'),
    level: integer('level'),
    templateCode: text('template_code'),
    stepLabel: text('step_label'),
    amountDueCents: integer('amount_due_cents'),
    /** Why a step was skipped by hand, or the note of a call's outcome. */
    note: text('note'),
    /** A payment plan's reminder (before an instalment, or after a missed one): that instalment. */
    instalmentId: integer('instalment_id').references(() => instalments.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('reminder_actions_dedup').on(t.dedupKey),
    index('reminder_actions_instalment').on(t.instalmentId),
    index('reminder_actions_client').on(t.clientId),
    index('reminder_actions_status').on(t.status, t.plannedOn),
  ],
)

/** The invoices an action covers, with the balance each had when the action was made. */
export const reminderActionInvoices = sqliteTable(
  'reminder_action_invoices',
  {
    actionId: integer('action_id')
      .notNull()
      .references(() => reminderActions.id, { onDelete: 'cascade' }),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    balanceCents: integer('balance_cents').notNull(),
    /** The invoice's own step in the action (an action groups invoices at several steps). */
    stepPosition: integer('step_position'),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.invoiceId] }),
    index('reminder_action_invoices_invoice').on(t.invoiceId),
    check('reminder_action_invoices_balance', sql`${t.balanceCents} >= 0`),
  ],
)
