import { readAmountCents } from '../src-shared/amounts'
import type { Cents } from '../src-shared/money'

/**
 * Amounts typed in euros by a French user, read into cents before anything is sent to
 * the core, by the same reader as imports and the command line: "1 234,56", "1.234,56",
 * "1234.56", "1 234,5 €" or "1 234,56 €" pasted from a screen are one amount.
 */
export type EuroReading = { status: 'empty' } | { status: 'ok'; cents: Cents } | { status: 'unreadable' }

/** Spaces of every kind and a lone currency mark: what an untouched or cleared input holds. */
const BLANK = /^[\s\u00a0\u202f\u2009]*(?:€|EUR)?[\s\u00a0\u202f\u2009]*$/i

export function readEuros(text: string): EuroReading {
  if (BLANK.test(text)) return { status: 'empty' }
  const cents = readAmountCents(text)
  return cents === null ? { status: 'unreadable' } : { status: 'ok', cents }
}

/** Cents as a person would type them back: 123456 → "1 234,56" (plain spaces, no € sign). */
export function centsToEuroInput(cents: Cents): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
  return `${sign}${units},${String(abs % 100).padStart(2, '0')}`
}
