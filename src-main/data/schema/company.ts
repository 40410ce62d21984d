import { sql } from 'drizzle-orm'
import { blob, check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { addressColumns, paymentTermsColumns, penaltyPolicyColumns, timestamps } from './columns'

/** The creditor: the company whose invoices are collected. One row per dossier (id = 1). */
export const company = sqliteTable(
  'company',
  {
    id: integer('id').primaryKey(),
    legalName: text('legal_name').notNull().default(''),
    legalForm: text('legal_form'),
    capitalCents: integer('capital_cents'),
    siren: text('siren'),
    siret: text('siret'),
    rcsCity: text('rcs_city'),
    vatNumber: text('vat_number'),
    ...addressColumns,
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    iban: text('iban'),
    bic: text('bic'),
    logo: blob('logo', { mode: 'buffer' }),
    logoMime: text('logo_mime'),
    signatoryName: text('signatory_name'),
    signatoryTitle: text('signatory_title'),
    ...paymentTermsColumns,
    ...penaltyPolicyColumns,
    /** '365' (default, usual practice) or 'actual' (366 in leap years). */
    dayCountBasis: text('day_count_basis', { enum: ['365', 'actual'] }).notNull().default('365'),
    /** Upper limits (days late) of the aged-balance buckets, JSON array, e.g. [30,60,90]. */
    agingBuckets: text('aging_buckets').notNull().default('[30,60,90]'),
    /** Account prefixes that hold customer accounts in a FEC, comma separated. */
    fecClientPrefixes: text('fec_client_prefixes').notNull().default('411,416'),
    ...timestamps,
  },
  (t) => [check('company_single_row', sql`${t.id} = 1`)],
)

/** Small application settings of the dossier (SMTP server, last choices), key → JSON value. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  ...timestamps,
})
