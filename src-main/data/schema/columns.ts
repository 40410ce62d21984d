import { sql } from 'drizzle-orm'
import { integer, text } from 'drizzle-orm/sqlite-core'
import { PENALTY_POLICIES } from '../../../src-shared/contract/company'

/** Audit timestamps (ISO instants, UTC) shared by every table that people edit. */
export const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
}

/** Primary key: SQLite integer ids (DESIGN.md §3). */
export const id = () => integer('id').primaryKey({ autoIncrement: true })

/** GLOB pattern of an ISO calendar date, used in CHECK constraints. */
export const ISO_DATE_GLOB = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"

/** Payment terms: N days, optionally "fin de mois" (end of month after the N days). */
export const paymentTermsColumns = {
  termsDays: integer('terms_days'),
  termsEndOfMonth: integer('terms_end_of_month', { mode: 'boolean' }),
}

/**
 * Penalty policy as the terms of sale write it: the legal default (ECB + 10 points),
 * a fixed rate (basis points), a multiple of the legal interest rate, or none (waived).
 */
export const penaltyPolicyColumns = {
  penaltyPolicy: text('penalty_policy', { enum: PENALTY_POLICIES }),
  penaltyRateBp: integer('penalty_rate_bp'),
  penaltyMultiple: integer('penalty_multiple'),
}

/** A postal address as French window envelopes need it (NF Z10-011: up to 6 lines). */
export const addressColumns = {
  addressLine1: text('address_line1'),
  addressLine2: text('address_line2'),
  addressLine3: text('address_line3'),
  postalCode: text('postal_code'),
  city: text('city'),
  country: text('country').notNull().default('France'),
}
