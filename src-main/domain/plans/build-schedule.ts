import type { PlanWarning, ScheduleRow } from '../../../src-shared/contract/plans'
import { formatEuros } from '../../../src-shared/money'
import { fieldError } from '../../../src-shared/result'
import { wholeMonthsBetween } from './calendar-months'
import { equalShares, sharesOfAmount } from './equal-shares'
import { instalmentDates } from './instalment-dates'
import { rebalanceAmounts } from './rebalance-amounts'
import { MAX_INSTALMENTS, type ScheduleTerms } from './schedule-terms'
import { scheduleWarnings } from './schedule-warnings'
import { refuseContradictoryTerms } from './terms-refusals'

export interface Schedule {
  /** The down payment first (sequence 0) when there is one, then instalments 1, 2… */
  rows: ScheduleRow[]
  /** First date to last, in whole months. */
  months: number
  warnings: PlanWarning[]
}

/**
 * The schedule of a payment plan: what is left after the down payment, in instalments
 * equal to the cent except the last (which takes the rounding), on dates of the chosen
 * frequency, with the user's edits applied. The rows always add up to the covered total.
 */
export function buildSchedule(terms: ScheduleTerms): Schedule {
  refuseContradictoryTerms(terms)
  const rest = terms.coveredCents - terms.downPaymentCents
  const base = baseAmounts(terms, rest)
  const count = base.length
  const dates = instalmentDates(terms, count)

  const fixedAmounts = new Map<number, number>()
  const edited = new Set<number>()
  for (const edit of terms.edits) {
    if (edit.sequence > count) {
      throw fieldError('VALIDATION', `rows.${edit.sequence}`, `L'échéance n° ${edit.sequence} n'existe pas : l'échéancier en compte ${count}.`)
    }
    if (edit.date !== undefined) dates[edit.sequence - 1] = edit.date
    if (edit.amountCents !== undefined) fixedAmounts.set(edit.sequence, edit.amountCents)
    if (edit.date !== undefined || edit.amountCents !== undefined) edited.add(edit.sequence)
  }
  const amounts = rebalanceAmounts(base, fixedAmounts, rest)

  const rows: ScheduleRow[] = []
  let remaining = terms.coveredCents
  if (terms.downPaymentCents > 0) {
    remaining -= terms.downPaymentCents
    rows.push({ sequence: 0, date: terms.downPaymentDate ?? terms.asOf, amountCents: terms.downPaymentCents, remainingCents: remaining, edited: false })
  }
  amounts.forEach((amountCents, index) => {
    remaining -= amountCents
    rows.push({ sequence: index + 1, date: dates[index]!, amountCents, remainingCents: remaining, edited: edited.has(index + 1) })
  })
  return {
    rows,
    months: wholeMonthsBetween(rows[0]!.date, rows[rows.length - 1]!.date),
    warnings: scheduleWarnings(rows, terms.asOf, terms.floorCents),
  }
}

/** The instalments' amounts before any edit, from a count, an amount, or (free dates) one per date. */
function baseAmounts(terms: ScheduleTerms, rest: number): number[] {
  if (terms.instalmentCents !== undefined) {
    const count = Math.ceil(rest / terms.instalmentCents)
    if (count > MAX_INSTALMENTS) {
      throw fieldError('VALIDATION', 'instalmentCents', `Avec ${formatEuros(terms.instalmentCents)} par échéance, il en faudrait ${count} : ${MAX_INSTALMENTS} au plus.`)
    }
    return sharesOfAmount(rest, terms.instalmentCents)
  }
  const count = terms.instalmentCount ?? terms.dates?.length ?? 0
  const shares = equalShares(rest, count)
  if (!shares) throw fieldError('VALIDATION', 'instalmentCount', `${formatEuros(rest)} ne peuvent se répartir en ${count} échéances d'au moins un centime.`)
  return shares
}
