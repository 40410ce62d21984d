import { DATE_FORMATS, type ImportDateFormat } from '../../../src-shared/contract/imports'
import { isIsoDate, type IsoDate } from '../../../src-shared/dates'

/**
 * Dates as exports write them: `23/11/2026` (French Excel, Sage), `23/11/26`,
 * `2026-11-23` (Odoo, Pennylane, and every date our XLSX reader produces), `20261123`
 * (FEC), `23-11-2026`, `23.11.2026`. Day first always: no French software writes
 * month first, and guessing per line would silently swap days and months.
 */

export type DateFormat = ImportDateFormat
export { DATE_FORMATS }

/** A time after the date, as database exports and XLSX datetimes carry it; the date is kept. */
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`

const PATTERNS: Record<DateFormat, { pattern: RegExp; yearFirst: boolean }> = {
  'dd/mm/yyyy': { pattern: new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`), yearFirst: false },
  'dd/mm/yy': { pattern: new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{2})${TIME}$`), yearFirst: false },
  'yyyy-mm-dd': { pattern: new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`), yearFirst: true },
  yyyymmdd: { pattern: /^(\d{4})(\d{2})(\d{2})$/, yearFirst: true },
  'dd-mm-yyyy': { pattern: new RegExp(String.raw`^(\d{1,2})-(\d{1,2})-(\d{4})${TIME}$`), yearFirst: false },
  'dd.mm.yyyy': { pattern: new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}$`), yearFirst: false },
}

/** Years outside this range are typing errors (`0226` for 2026), not ledger dates. */
const FIRST_YEAR = 1900
const LAST_YEAR = 2099

/** The calendar date, or null when the text does not match the format or the date does not exist (31/02). */
export function parseImportDate(text: string, format: DateFormat): IsoDate | null {
  const { pattern, yearFirst } = PATTERNS[format]
  const match = pattern.exec(text.trim())
  if (!match) return null
  const [first = '', month = '', last = ''] = match.slice(1)
  const [yearText, day] = yearFirst ? [first, last] : [last, first]
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText)
  if (year < FIRST_YEAR || year > LAST_YEAR) return null
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return isIsoDate(iso) ? iso : null
}

/**
 * The first format (in DATE_FORMATS order) that reads every non-empty sample, or null
 * when none does or there is nothing to judge by.
 */
export function detectDateFormat(samples: string[]): DateFormat | null {
  const filled = samples.filter((sample) => sample.trim() !== '')
  if (filled.length === 0) return null
  return DATE_FORMATS.find((format) => filled.every((sample) => parseImportDate(sample, format) !== null)) ?? null
}
