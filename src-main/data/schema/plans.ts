import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'
import { PENALTY_CHOICES, PLAN_FREQUENCIES, PLAN_STATUSES } from '../../../src-shared/contract/plans'
import { id, timestamps } from './columns'
import { clients } from './clients'
import { invoices } from './ledger'

/**
 * A payment plan (échéancier): replaces reminders while it is kept. `status` holds the
 * user's decisions (proposed, active once accepted, cancelled, replaced by a renegotiated
 * plan); completed and broken are derived on a date from the instalments and payments,
 * and written here (with `completed_on` / `broken_on`) when the day's reminders are validated.
 */
export const paymentPlans = sqliteTable(
  'payment_plans',
  {
    id: id(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    proposedOn: text('proposed_on').notNull(),
    /** The day the client agreed to it; null while proposed. */
    acceptedOn: text('accepted_on'),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('proposed'),
    penalties: text('penalties', { enum: PENALTY_CHOICES }).notNull().default('freeze'),
    /** What the plan covers, down payment included: principal, plus penalties when included. */
    totalCents: integer('total_cents').notNull(),
    principalCents: integer('principal_cents').notNull().default(0),
    /** Interest and indemnities on the covered invoices on the plan's date, by the penalty engine. */
    interestCents: integer('interest_cents').notNull().default(0),
    indemnityCents: integer('indemnity_cents').notNull().default(0),
    /** Interest and indemnities kept apart as a claim when frozen. */
    frozenClaimCents: integer('frozen_claim_cents').notNull().default(0),
    downPaymentCents: integer('down_payment_cents').notNull().default(0),
    frequency: text('frequency', { enum: PLAN_FREQUENCIES }).notNull().default('month'),
    dayOfMonth: integer('day_of_month'),
    /** The plan this one renegotiates: it becomes replaced when this one is accepted. */
    replacesPlanId: integer('replaces_plan_id').references((): AnySQLiteColumn => paymentPlans.id, { onDelete: 'set null' }),
    cancelReason: text('cancel_reason'),
    /** The day it was cancelled, or replaced by the plan renegotiating it. */
    cancelledOn: text('cancelled_on'),
    brokenOn: text('broken_on'),
    completedOn: text('completed_on'),
    note: text('note'),
    ...timestamps,
  },
  (t) => [index('payment_plans_client').on(t.clientId), check('payment_plans_total_positive', sql`${t.totalCents} > 0`)],
)

/** Invoices a plan covers. */
export const planInvoices = sqliteTable(
  'plan_invoices',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => paymentPlans.id, { onDelete: 'cascade' }),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.invoiceId] }), index('plan_invoices_invoice').on(t.invoiceId)],
)

/** One instalment (échéance) of a plan, sequence 0 being the down payment. Whether it is paid is derived from the payments. */
export const instalments = sqliteTable(
  'instalments',
  {
    id: id(),
    planId: integer('plan_id')
      .notNull()
      .references(() => paymentPlans.id, { onDelete: 'cascade' }),
    sequence: integer('sequence').notNull(),
    dueDate: text('due_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** Set by hand in the editor (date or amount). */
    edited: integer('edited', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('instalments_sequence').on(t.planId, t.sequence),
    check('instalments_amount_positive', sql`${t.amountCents} > 0`),
  ],
)
