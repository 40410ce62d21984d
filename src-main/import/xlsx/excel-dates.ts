import { fromDayNumber, toDayNumber, type IsoDate } from '../../../src-shared/dates'

/**
 * Excel stores a date as a number of days, the "serial". In the 1900 system (the
 * default) serial 1 is 01/01/1900 and, copying a Lotus 1-2-3 bug, serial 60 is
 * 29/02/1900, a day that never was: from serial 61 (01/03/1900) on, serials are one
 * more than a plain count. The 1904 system (old Mac workbooks, `date1904`) counts
 * from 01/01/1904 = 0. The fraction of a serial is the time of day.
 */

/** Serial of 1970-01-01 (day number 0) in each system. */
const EPOCH_1900 = 25569
const EPOCH_1904 = 24107
/** The phantom 29/02/1900. */
const LOTUS_LEAP_DAY = 60
/** 31/12/9999, the last date Excel shows. */
const LAST_SERIAL = 2_958_465

/** The calendar date of a serial, or null when it is not a date Excel can show. */
export function excelSerialToIsoDate(serial: number, date1904: boolean): IsoDate | null {
  const day = Math.floor(serial)
  if (!Number.isFinite(day) || day > LAST_SERIAL) return null
  if (date1904) return day >= 0 ? fromDayNumber(day - EPOCH_1904) : null
  if (day < 1 || day === LOTUS_LEAP_DAY) return null
  return fromDayNumber(day - (day < LOTUS_LEAP_DAY ? EPOCH_1900 - 1 : EPOCH_1900))
}

/** The serial of a date in the 1900 system, the one our workbooks use (dates from 01/03/1900). */
export function isoDateToExcelSerial(date: IsoDate): number {
  return toDayNumber(date) + EPOCH_1900
}
