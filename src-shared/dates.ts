import { endOfMonth as lastDayOfMonth, format, parseISO } from 'date-fns'

/**
 * Calendar dates are ISO strings "YYYY-MM-DD": no time, no time zone. Day arithmetic is
 * done on day numbers (days since 1970-01-01, UTC) so that no daylight-saving change
 * or local zone can shift a due date, and because imports and the penalty engine call
 * it per line; calendar helpers (months, display) use date-fns, reading and writing
 * the date in one zone, the local one, so that no shift can come in between.
 */

export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export function toDayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date)
  if (!match) throw new RangeError(`not an ISO date: ${date}`)
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** Last day of the month of `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
  return format(lastDayOfMonth(parseISO(date)), 'yyyy-MM-dd')
}

/** Today's calendar date on this computer's clock, in its local zone. */
export function localToday(now: Date = new Date()): IsoDate {
  return format(now, 'yyyy-MM-dd')
}

/**
 * "2026-11-23" → "23/11/2026" for French screens and letters. A reordering of the ISO
 * text, no calendar: date-fns' parse and format cost fifteen times more, and the penalty
 * engine writes this date into its prescription flags per invoice.
 */
export function formatFrenchDate(date: IsoDate): string {
  const [y, m, d] = date.split('-')
  return `${d}/${m}/${y}`
}
