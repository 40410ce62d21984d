import { parseDecimalToCents, type Cents } from '../src-shared/money'

/**
 * Amounts typed in euros by a French user, read into cents before anything is sent to
 * the core. People type "1 234,56", "1234.56", "1 234,5 €" or paste "1 234,56 €" from
 * a screen (Intl writes a narrow no-break space); all of these are one amount.
 */
export type EuroReading = { status: 'empty' } | { status: 'ok'; cents: Cents } | { status: 'unreadable' }

/** Plain, no-break, narrow no-break and thin spaces: what separates thousands on French screens. */
const SPACES = /[\s\u00a0\u202f\u2009]+/g
/** Thousands written with spaces must be grouped by three, so a slip like "12 34" is not read as 1 234. */
const GROUPED = /^-?\d{1,3}(?: \d{3})+(?:[.,]\d{1,2})?$/

export function readEuros(text: string): EuroReading {
  const trimmed = text.replace(SPACES, ' ').trim().replace(/\s*(?:€|EUR)$/i, '').trim()
  if (trimmed === '') return { status: 'empty' }
  if (trimmed.includes(' ') && !GROUPED.test(trimmed)) return { status: 'unreadable' }
  const cents = parseDecimalToCents(trimmed.replace(/ /g, ''))
  return cents === null ? { status: 'unreadable' } : { status: 'ok', cents }
}

/** Cents as a person would type them back: 123456 → "1 234,56" (plain spaces, no € sign). */
export function centsToEuroInput(cents: Cents): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
  return `${sign}${units},${String(abs % 100).padStart(2, '0')}`
}
