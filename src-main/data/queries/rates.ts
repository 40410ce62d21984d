import { desc } from 'drizzle-orm'
import type { RateRow } from '../../../src-shared/contract/rates'
import { createRateTable, type HalfYearKey, type RateTable } from '../../domain/penalties'
import type { Db } from '../open-dossier'
import { rateHalfYears } from '../schema'

/** The dossier's rate table (seeded by migration, corrected by the user) as the engine reads it. */
export function rateTableOf(db: Db): RateTable {
  const rows = db
    .select({
      halfYear: rateHalfYears.halfYear,
      ecbRefBp: rateHalfYears.ecbRefBp,
      legalIndividualBp: rateHalfYears.legalIndividualBp,
      legalOtherBp: rateHalfYears.legalOtherBp,
    })
    .from(rateHalfYears)
    .all()
  // The table's CHECK constraint guarantees the YYYY-H1 / YYYY-H2 form; createRateTable checks it again.
  return createRateTable(rows.map((row) => ({ ...row, halfYear: row.halfYear as HalfYearKey })))
}

/** The rate table as the user reads it (Paramètres, a statement's sources), latest half-year first. */
export function listRates(db: Db): RateRow[] {
  return db
    .select({
      halfYear: rateHalfYears.halfYear,
      ecbRefBp: rateHalfYears.ecbRefBp,
      legalIndividualBp: rateHalfYears.legalIndividualBp,
      legalOtherBp: rateHalfYears.legalOtherBp,
      source: rateHalfYears.source,
      updatedAt: rateHalfYears.updatedAt,
    })
    .from(rateHalfYears)
    .orderBy(desc(rateHalfYears.halfYear))
    .all()
}
