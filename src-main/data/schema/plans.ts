import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, timestamps } from './columns'
import { clients } from './clients'
import { invoices } from './ledger'

/** A payment plan (échéancier): replaces reminders while it is kept. */
export const paymentPlans = sqliteTable(
  'payment_plans',
  {
    id: id(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    agreedOn: text('agreed_on').notNull(),
    status: text('status', { enum: ['active', 'completed', 'broken', 'cancelled'] }).notNull().default('active'),
    totalCents: integer('total_cents').notNull(),
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

/** One instalment (échéance) of a plan. Whether it is paid is derived from the payments. */
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
  },
  (t) => [
    uniqueIndex('instalments_sequence').on(t.planId, t.sequence),
    check('instalments_amount_positive', sql`${t.amountCents} > 0`),
  ],
)
