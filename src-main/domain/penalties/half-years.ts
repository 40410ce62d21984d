/**
 * Half-years ("semestres") are the unit of French late-payment rates: L441-10 II takes
 * the ECB rate in force on 1 January for January–June and on 1 July for July–December,
 * and the legal interest rate is set by arrêté for each half-year (CMF L313-2).
 *
 * A half-year is handled as one integer, `year × 2 + 0` (H1) or `+ 1` (H2), so that
 * "the next half-year" is `+ 1` and table lookups are array indexing. Days are the day
 * numbers of src-shared/dates.ts (days since 1970-01-01).
 */

export type HalfYearIndex = number

/** '2026-H1' (January–June) or '2026-H2' (July–December), as stored in the dossier. */
export type HalfYearKey = `${number}-H${1 | 2}`

const MS_PER_DAY = 86_400_000
const HALF_YEAR_KEY = /^(\d{4})-H([12])$/

export function halfYearOfDay(day: number): HalfYearIndex {
  const date = new Date(day * MS_PER_DAY)
  return date.getUTCFullYear() * 2 + (date.getUTCMonth() < 6 ? 0 : 1)
}

/** Day number of 1 January or 1 July opening the half-year. */
export function firstDayOfHalfYear(halfYear: HalfYearIndex): number {
  return Date.UTC(yearOfHalfYear(halfYear), (halfYear % 2) * 6, 1) / MS_PER_DAY
}

export function yearOfHalfYear(halfYear: HalfYearIndex): number {
  return Math.floor(halfYear / 2)
}

export function halfYearKey(halfYear: HalfYearIndex): HalfYearKey {
  return `${yearOfHalfYear(halfYear)}-H${halfYear % 2 === 0 ? 1 : 2}`
}

/** '2026-H2' → its index; null for anything else. */
export function parseHalfYearKey(key: string): HalfYearIndex | null {
  const match = HALF_YEAR_KEY.exec(key)
  return match ? Number(match[1]) * 2 + Number(match[2]) - 1 : null
}

/** "1er semestre 2026", "2e semestre 2026": how letters and screens name a half-year. */
export function halfYearLabelFr(halfYear: HalfYearIndex): string {
  return `${halfYear % 2 === 0 ? '1er' : '2e'} semestre ${yearOfHalfYear(halfYear)}`
}

export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365
}

export interface HalfYearSlice {
  fromDay: number
  toDay: number
  halfYear: HalfYearIndex
}

/**
 * Cuts the inclusive day range [fromDay, toDay] at every 1 January and 1 July, so
 * that each slice lies in one half-year (hence in one calendar year, which the
 * actual/actual day count needs). Empty when toDay < fromDay.
 */
export function splitAtHalfYears(fromDay: number, toDay: number): HalfYearSlice[] {
  const slices: HalfYearSlice[] = []
  let halfYear = halfYearOfDay(fromDay)
  let start = fromDay
  while (start <= toDay) {
    const nextStart = firstDayOfHalfYear(halfYear + 1)
    const end = Math.min(toDay, nextStart - 1)
    slices.push({ fromDay: start, toDay: end, halfYear })
    start = end + 1
    halfYear += 1
  }
  return slices
}
