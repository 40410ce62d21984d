import { formatFrenchDate, type IsoDate } from '../../../src-shared/dates'
import { daysInMonth } from './calendar'
import type { PenaltyFlag } from './flags'
import type { DebtorKind } from './rate-policy'

/**
 * Limitation periods, counted from the due date (when the claim becomes payable):
 * 5 years between professionals (C. com. L110-4), 2 years for a professional's claim
 * against a consumer (C. consom. L218-2). A formal notice does not interrupt them
 * (Cass. com. 18 May 2022, n° 20-23.204), so the flag ignores notices.
 */
const LIMITATION = {
  pro: { years: 5, rule: 'C. com. art. L110-4' },
  particulier: { years: 2, rule: 'C. consom. art. L218-2' },
} as const

/** How long before expiry the claim is flagged. */
const ALERT_MONTHS = 6

/**
 * [I] The last day to act is the day with the same date N years after the due date,
 * or the last day of the month when there is none (29 February): the counting of
 * CPC 641 al. 2, prescription being acquired once that last day is over (C. civ. 2229).
 */
export function prescriptionFlag(
  debtor: DebtorKind,
  dueDate: IsoDate,
  asOf: IsoDate,
  daysSinceDue: number,
): PenaltyFlag | null {
  const { years, rule } = LIMITATION[debtor]
  // Cheap exit for most claims: N years less six months is never under N × 365 − 184 days.
  if (daysSinceDue < years * 365 - 184) return null
  const expiresOn = addMonthsKeepingDay(dueDate, 12 * years)
  const delay = `${years} ans, ${rule}`
  if (asOf > expiresOn) {
    return {
      code: 'PRESCRIPTION_EXPIRED',
      expiresOn,
      message:
        `Créance prescrite : délai expiré le ${formatFrenchDate(expiresOn)} (${delay}), ` +
        'sauf interruption (reconnaissance de dette, action en justice).',
    }
  }
  if (asOf >= addMonthsKeepingDay(expiresOn, -ALERT_MONTHS)) {
    return {
      code: 'PRESCRIPTION_APPROACHING',
      expiresOn,
      message:
        `Prescription le ${formatFrenchDate(expiresOn)} (${delay}) : agir en justice avant cette date, ` +
        'une mise en demeure ne l’interrompt pas.',
    }
  }
  return null
}

/** ISO dates compare as strings; months are added to the calendar date, clamped to the month's end. */
function addMonthsKeepingDay(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const target = year * 12 + (month - 1) + months
  const targetYear = Math.floor(target / 12)
  const targetMonth = (target % 12) + 1
  const lastDay = daysInMonth(targetYear, targetMonth)
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`
}
