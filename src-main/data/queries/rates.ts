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
