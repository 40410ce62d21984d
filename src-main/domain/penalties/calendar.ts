import { fromDayNumber, toDayNumber, type IsoDate } from '../../../src-shared/dates'
import type { HalfYearIndex } from './half-years'

/**
 * Gregorian arithmetic on the day numbers of src-shared/dates.ts (days since
 * 1970-01-01), without Date objects. dates.ts goes through a Date for every
 * conversion, about a microsecond each, and a ledger's statements read millions of
 * dates; these give the same answers (a property test holds them to it) in a few
 * nanoseconds. Half-year edges (1 January, 1 July) are here too: the engine cuts
 * every late period at them.
 */

/** Day number of a real calendar date YYYY-MM-DD; undefined for anything else ('2025-02-30'). */
export function dayOfDate(date: IsoDate): number | undefined {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) {
    return undefined
  }
  const year = digits(date, 0, 4)
  const month = digits(date, 5, 2)
  const day = digits(date, 8, 2)
  // Like isIsoDate, which reads years 0–99 as 1900–1999 and so refuses them.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return dayOfCivilDate(year, month, day)
}

/** Day number of a year, month (1–12) and day, for valid dates (H. Hinnant's days_from_civil). */
function dayOfCivilDate(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** The ISO date of a day number, cached for 1900–2199, where statements live. */
export function dateOfDay(day: number): IsoDate {
  const slot = day - FIRST_CACHED_DAY
  if (slot < 0 || slot >= dateByDay.length) return fromDayNumber(day)
  return (dateByDay[slot] ??= fromDayNumber(day))
}

export function halfYearOfDay(day: number): HalfYearIndex {
  // Estimate from the mean Gregorian year, then settle on the half-year whose range holds the day.
  let halfYear = (1970 + Math.floor(day / 365.2425)) * 2
  while (firstDayOfHalfYear(halfYear) > day) halfYear -= 1
  while (firstDayOfHalfYear(halfYear + 1) <= day) halfYear += 1
  return halfYear
}

/** Day number of 1 January or 1 July opening the half-year (cached for 1900–2199). */
export function firstDayOfHalfYear(halfYear: HalfYearIndex): number {
  return FIRST_DAYS[halfYear - FIRST_CACHED_HALF_YEAR] ?? openingDay(halfYear)
}

function openingDay(halfYear: HalfYearIndex): number {
  return dayOfCivilDate(yearOfHalfYear(halfYear), halfYear % 2 === 0 ? 1 : 7, 1)
}

/** Receives the pieces of a day range cut at half-year edges (see forEachHalfYearSlice). */
export interface HalfYearSliceVisitor {
  visitSlice(fromDay: number, toDay: number, halfYear: HalfYearIndex, from: IsoDate, to: IsoDate): void
}

/**
 * Cuts the inclusive day range [fromDay, toDay] at every 1 January and 1 July and hands
 * each piece, as day numbers and ISO dates, to `visitor`, in order: each piece lies in
 * one half-year, hence in one calendar year, which the actual/actual day count needs.
 * Nothing when toDay < fromDay. A visitor object rather than an array or a closure:
 * the engine cuts millions of ranges.
 */
export function forEachHalfYearSlice(fromDay: number, toDay: number, visitor: HalfYearSliceVisitor): void {
  let halfYear = halfYearOfDay(fromDay)
  let start = fromDay
  while (start <= toDay) {
    const nextStart = firstDayOfHalfYear(halfYear + 1)
    const end = Math.min(toDay, nextStart - 1)
    visitor.visitSlice(start, end, halfYear, dateOfDay(start), dateOfDay(end))
    start = nextStart
    halfYear += 1
  }
}

export function yearOfHalfYear(halfYear: HalfYearIndex): number {
  return Math.floor(halfYear / 2)
}

export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && daysInYear(year) === 366 ? 29 : MONTH_DAYS[month - 1]!
}

const DASH = 45
const ZERO = 48
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const FIRST_CACHED_DAY = toDayNumber('1900-01-01')
const FIRST_CACHED_HALF_YEAR: HalfYearIndex = 1900 * 2
const FIRST_DAYS = Array.from({ length: 600 }, (_, i) => openingDay(FIRST_CACHED_HALF_YEAR + i))
const dateByDay: Array<IsoDate | undefined> = new Array(toDayNumber('2200-01-01') - FIRST_CACHED_DAY).fill(undefined)

/** The decimal number written by `length` digits from `start`, or -1 if one is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0
  for (let i = start; i < start + length; i += 1) {
    const digit = text.charCodeAt(i) - ZERO
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}
