import { toDayNumber, type IsoDate } from '../../../src-shared/dates'

/**
 * Month arithmetic for schedules. A monthly date is always computed from the first
 * date's month plus k and the chosen day, never from the previous date: a plan on the
 * 31st falls on 28 (or 29) February, then on 31 March again, not on the 28th for ever.
 */

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return [y, m, d]
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The `day` (1–31) of the month `months` after `date`'s month, or that month's last day when it is shorter. */
export function monthlyDate(date: IsoDate, months: number, day: number): IsoDate {
  const [y, m] = parts(date)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`
}

/** The day of the month of a date (1–31). */
export function dayOfMonthOf(date: IsoDate): number {
  return parts(date)[2]
}

/** Whole months from `from` to `to` (0 when `to` is not a month after `from`); a month ends on the same day, or on a shorter month's last day. */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = parts(from)
  const [y2, m2] = parts(to)
  let months = (y2 - y1) * 12 + (m2 - m1)
  while (months > 0 && toDayNumber(monthlyDate(from, months, d1)) > toDayNumber(to)) months -= 1
  return Math.max(0, months)
}
