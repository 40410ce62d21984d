import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { sql } from 'drizzle-orm'
import { timestamps } from './columns'

/**
 * Rates of one half-year ("2026-H1"), in basis points (1 bp = 0.01 %): the ECB main
 * refinancing rate in force on 1 January / 1 July, and the two legal interest rates.
 * Seeded from shared data, editable by the user, who names the source.
 */
export const rateHalfYears = sqliteTable(
  'rate_half_years',
  {
    halfYear: text('half_year').primaryKey(),
    ecbRefBp: integer('ecb_ref_bp').notNull(),
    legalIndividualBp: integer('legal_individual_bp').notNull(),
    legalOtherBp: integer('legal_other_bp').notNull(),
    source: text('source').notNull(),
    ...timestamps,
  },
  (t) => [check('rate_half_years_key', sql`${t.halfYear} GLOB '[0-9][0-9][0-9][0-9]-H[12]'`)],
)
