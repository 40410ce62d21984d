import type { PlanWarning, ScheduleRow } from '../../../src-shared/contract/plans'
import { formatFrenchDate, type IsoDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { dayOfMonthOf, monthlyDate } from './calendar-months'

/** Code civil 1343-5: a court may spread a debt over two years at most. */
export const LONGEST_MONTHS = 24

/**
 * What the editor warns about without refusing: the user may have reasons (a client who
 * asked for it, a date already agreed), but should know.
 */
export function scheduleWarnings(rows: readonly ScheduleRow[], asOf: IsoDate, floorCents: number): PlanWarning[] {
  const warnings: PlanWarning[] = []
  const first = rows[0]
  const last = rows[rows.length - 1]
  if (first && last && last.date > monthlyDate(first.date, LONGEST_MONTHS, dayOfMonthOf(first.date))) {
    warnings.push({
      code: 'longer_than_24_months',
      sequence: null,
      message: `L'échéancier dure plus de ${LONGEST_MONTHS} mois (jusqu'au ${formatFrenchDate(last.date)}) : au-delà, un juge ne pourrait l'accorder (C. civ. art. 1343-5).`,
    })
  }
  for (const row of rows) {
    if (floorCents > 0 && row.sequence > 0 && row.amountCents < floorCents) {
      warnings.push({
        code: 'below_floor',
        sequence: row.sequence,
        message: `Échéance n° ${row.sequence} de ${formatEuros(row.amountCents)}, sous le minimum de ${formatEuros(floorCents)} fixé dans les paramètres.`,
      })
    }
  }
  rows.forEach((row, index) => {
    const previous = rows[index - 1]
    if (previous && row.date <= previous.date) {
      warnings.push({
        code: 'dates_out_of_order',
        sequence: row.sequence,
        message: `${rowName(row.sequence)} du ${formatFrenchDate(row.date)} ne vient pas après ${rowName(previous.sequence).toLowerCase()} du ${formatFrenchDate(previous.date)}.`,
      })
    }
    if (row.date < asOf) {
      warnings.push({
        code: 'date_in_past',
        sequence: row.sequence,
        message: `${rowName(row.sequence)} est datée du ${formatFrenchDate(row.date)}, avant la date de l'échéancier (${formatFrenchDate(asOf)}).`,
      })
    }
  })
  return warnings
}

function rowName(sequence: number): string {
  return sequence === 0 ? "L'acompte" : `L'échéance n° ${sequence}`
}
