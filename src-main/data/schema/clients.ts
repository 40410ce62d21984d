import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { CLIENT_KINDS } from '../../../src-shared/contract/clients'
import { addressColumns, id, paymentTermsColumns, penaltyPolicyColumns, timestamps } from './columns'
import { importBatches } from './imports'
import { scenarios } from './scenarios'

/** A group of clients sharing a reminder scenario (grands comptes, particuliers, export…). */
export const segments = sqliteTable('segments', {
  id: id(),
  name: text('name').notNull().unique(),
  scenarioId: integer('scenario_id').references(() => scenarios.id, { onDelete: 'set null' }),
  ...timestamps,
})

/** A debtor: one customer account (compte auxiliaire) of the creditor. */
export const clients = sqliteTable(
  'clients',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    /** Accent- and case-folded name and code, for searching and French sorting (see data/french-text.ts). */
    searchKey: text('search_key').notNull(),
    kind: text('kind', { enum: CLIENT_KINDS }).notNull().default('pro'),
    siren: text('siren'),
    siret: text('siret'),
    vatNumber: text('vat_number'),
    ...addressColumns,
    /** Billing e-mail addresses, separated by commas or semicolons, as accounting exports write them. */
    emails: text('emails'),
    phone: text('phone'),
    ...paymentTermsColumns,
    segmentId: integer('segment_id').references(() => segments.id, { onDelete: 'set null' }),
    /** Overrides the segment's scenario when set. */
    scenarioId: integer('scenario_id').references(() => scenarios.id, { onDelete: 'set null' }),
    creditLimitCents: integer('credit_limit_cents'),
    ...penaltyPolicyColumns,
    notes: text('notes'),
    archivedAt: text('archived_at'),
    /** The import that created the client, so that undoing it can remove the client. */
    importBatchId: integer('import_batch_id').references(() => importBatches.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('clients_search_key').on(t.searchKey),
    index('clients_segment').on(t.segmentId),
    check('clients_code_not_blank', sql`length(trim(${t.code})) > 0`),
    check('clients_name_not_blank', sql`length(trim(${t.name})) > 0`),
  ],
)

/** A person to write to or call at a client. */
export const contacts = sqliteTable(
  'contacts',
  {
    id: id(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role'),
    email: text('email'),
    phone: text('phone'),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [index('contacts_client').on(t.clientId)],
)
