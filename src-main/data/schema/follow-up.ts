import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { DISPUTE_REASONS } from '../../../src-shared/contract/disputes'
import { id, timestamps } from './columns'
import { clients } from './clients'
import { invoices } from './ledger'

/** A dispute (litige) on an invoice: reminders skip it until it is lifted. */
export const disputes = sqliteTable(
  'disputes',
  {
    id: id(),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: DISPUTE_REASONS }).notNull(),
    note: text('note'),
    openedOn: text('opened_on').notNull(),
    closedOn: text('closed_on'),
    closingNote: text('closing_note'),
    ...timestamps,
  },
  (t) => [
    index('disputes_invoice').on(t.invoiceId),
    check('disputes_closed_after_opened', sql`${t.closedOn} IS NULL OR ${t.closedOn} >= ${t.openedOn}`),
  ],
)

/** A promise to pay (promesse de règlement): reminders wait until its date. */
export const promises = sqliteTable(
  'promises',
  {
    id: id(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    madeOn: text('made_on').notNull(),
    promisedDate: text('promised_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    status: text('status', { enum: ['pending', 'kept', 'broken', 'cancelled'] }).notNull().default('pending'),
    note: text('note'),
    ...timestamps,
  },
  (t) => [index('promises_client').on(t.clientId), check('promises_amount_positive', sql`${t.amountCents} > 0`)],
)

/** Invoices a promise covers. */
export const promiseInvoices = sqliteTable(
  'promise_invoices',
  {
    promiseId: integer('promise_id')
      .notNull()
      .references(() => promises.id, { onDelete: 'cascade' }),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
  },
  (t) => [index('promise_invoices_pk').on(t.promiseId, t.invoiceId), index('promise_invoices_invoice').on(t.invoiceId)],
)

export const ACTIVITY_KINDS = [
  'note',
  'call',
  'dispute_opened',
  'dispute_closed',
  'payment',
  'payment_undone',
  'reminder',
  'promise',
  'plan',
  'import',
] as const

/** The client's dated timeline: notes typed by the user and events recorded by the app. */
export const activities = sqliteTable(
  'activities',
  {
    id: id(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    invoiceId: integer('invoice_id').references(() => invoices.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ACTIVITY_KINDS }).notNull(),
    occurredOn: text('occurred_on').notNull(),
    body: text('body').notNull(),
    ...timestamps,
  },
  (t) => [index('activities_client').on(t.clientId, t.occurredOn)],
)
