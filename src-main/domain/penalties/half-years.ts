import { yearOfHalfYear } from './calendar'

/**
 * Half-years ("semestres") are the unit of French late-payment rates: L441-10 II takes
 * the ECB rate in force on 1 January for January–June and on 1 July for July–December,
 * and the legal interest rate is set by arrêté for each half-year (CMF L313-2).
 *
 * A half-year is handled as one integer, `year × 2 + 0` (H1) or `+ 1` (H2), so that
 * "the next half-year" is `+ 1` and table lookups are array indexing. Where half-years
 * start and end in days is calendar arithmetic (calendar.ts).
 */

export type HalfYearIndex = number

/** '2026-H1' (January–June) or '2026-H2' (July–December), as stored in the dossier. */
export type HalfYearKey = `${number}-H${1 | 2}`

const HALF_YEAR_KEY = /^(\d{4})-H([12])$/

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
