import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { INVOICE_KINDS } from '../../../src-shared/contract/invoices'
import { STORED_PAYMENT_METHODS } from '../../../src-shared/contract/payments'
import { ISO_DATE_GLOB, id, timestamps } from './columns'
import { clients } from './clients'
import { importBatches } from './imports'

const isoDate = (column: unknown) => sql`${column} GLOB ${sql.raw(ISO_DATE_GLOB)}`

/** The partial-index condition "an invoice with something still owed": queries repeat it verbatim. */
export const OPEN_INVOICE_SQL = "kind = 'invoice' AND settled_cents < amount_cents"

/**
 * An invoice or a credit note (avoir). Amounts are positive cents including VAT.
 * `settled_cents` is what the allocations have settled on an invoice, or used of a credit
 * note: a cache kept by SQLite triggers on `allocations` (migrations 0002, 0003), never written
 * by application code, so what is owed stays derived from the allocations (DESIGN.md §3)
 * while open items can be found through partial indexes instead of summing every row.
 */
export const invoices = sqliteTable(
  'invoices',
  {
    id: id(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    number: text('number').notNull().unique(),
    kind: text('kind', { enum: INVOICE_KINDS }).notNull().default('invoice'),
    issueDate: text('issue_date').notNull(),
    dueDate: text('due_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    amountExclTaxCents: integer('amount_excl_tax_cents'),
    currency: text('currency').notNull().default('EUR'),
    label: text('label'),
    settledCents: integer('settled_cents').notNull().default(0),
    importBatchId: integer('import_batch_id').references(() => importBatches.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('invoices_client').on(t.clientId),
    index('invoices_open_by_client')
      .on(t.clientId, t.dueDate, t.amountCents, t.settledCents)
      .where(sql.raw(OPEN_INVOICE_SQL)),
    index('invoices_open_by_due_date').on(t.dueDate).where(sql.raw(OPEN_INVOICE_SQL)),
    index('credit_notes_unused_by_client')
      .on(t.clientId)
      .where(sql.raw("kind = 'credit_note' AND settled_cents < amount_cents")),
    index('invoices_due_date').on(t.dueDate),
    index('invoices_issue_date').on(t.issueDate),
    check('invoices_amount_positive', sql`${t.amountCents} > 0`),
    check('invoices_due_after_issue', sql`${t.dueDate} >= ${t.issueDate}`),
    check('invoices_issue_date_iso', isoDate(t.issueDate)),
    check('invoices_due_date_iso', isoDate(t.dueDate)),
  ],
)

/**
 * Money received from a client. What is not allocated stays a credit of the client;
 * `allocated_cents` is kept by the same triggers as `invoices.settled_cents`.
 */
export const payments = sqliteTable(
  'payments',
  {
    id: id(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    method: text('method', { enum: STORED_PAYMENT_METHODS }).notNull(),
    /**
     * True for an amount an import found already settled, on a date its source does not
     * give: `date` holds the invoice's due date (no interest is ever claimed on it), and
     * the row is no cash received that day nor a sign of how the client pays.
     */
    dateAssumed: integer('date_assumed', { mode: 'boolean' }).notNull().default(false),
    reference: text('reference'),
    note: text('note'),
    allocatedCents: integer('allocated_cents').notNull().default(0),
    /** Identity of an imported payment in its source (ledger line), so a re-import finds it again. */
    sourceKey: text('source_key').unique(),
    importBatchId: integer('import_batch_id').references(() => importBatches.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('payments_client').on(t.clientId),
    index('payments_unallocated_by_client').on(t.clientId).where(sql.raw('allocated_cents < amount_cents')),
    // With date_assumed, the cash-of-the-month and payment-habit walks over dates stay on the index alone.
    index('payments_date').on(t.date, t.dateAssumed),
    // Payment plans read each client's payments by date (#13): on the index alone, for 2,000 plans at once.
    index('payments_client_date').on(t.clientId, t.date, t.dateAssumed, t.amountCents),
    check('payments_amount_positive', sql`${t.amountCents} > 0`),
    check('payments_date_iso', isoDate(t.date)),
  ],
)

/**
 * Part of a payment, or of a credit note, applied to one invoice. Exactly one source.
 * Deleting the payment or credit note takes its allocations with it (undo a payment).
 */
export const allocations = sqliteTable(
  'allocations',
  {
    id: id(),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'restrict' }),
    paymentId: integer('payment_id').references(() => payments.id, { onDelete: 'cascade' }),
    creditNoteId: integer('credit_note_id').references(() => invoices.id, { onDelete: 'cascade' }),
    amountCents: integer('amount_cents').notNull(),
    ...timestamps,
  },
  (t) => [
    index('allocations_invoice').on(t.invoiceId),
    index('allocations_payment').on(t.paymentId),
    index('allocations_credit_note').on(t.creditNoteId),
    check('allocations_amount_positive', sql`${t.amountCents} > 0`),
    check('allocations_one_source', sql`(${t.paymentId} IS NULL) <> (${t.creditNoteId} IS NULL)`),
  ],
)
