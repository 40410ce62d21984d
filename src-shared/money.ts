/**
 * Money is an integer number of cents everywhere inside Encaisse. These helpers are
 * the edges: parsing what a person or a file wrote, and writing amounts for people.
 */

export type Cents = number

const DECIMAL = /^(-)?(\d+)(?:[.,](\d{1,2}))?$/

/** Parses "1234.56", "1234,5", "-12" into cents; null when the text is not a plain decimal amount. */
export function parseDecimalToCents(text: string): Cents | null {
  const match = DECIMAL.exec(text.trim())
  if (!match) return null
  const [, sign, units, fraction = ''] = match
  const cents = Number(units) * 100 + Number(fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return null
  return sign ? -cents : cents
}

/** Writes cents as a machine decimal string with two decimals: 43869 → "438.69". */
export function centsToDecimalString(cents: Cents): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })

/** Writes cents for a French reader: 123456 → "1 234,56 €" (narrow no-break spaces, as Intl does). */
export function formatEuros(cents: Cents): string {
  return euroFormat.format(cents / 100)
}

/**
 * Divides an integer by a positive integer and rounds half away from zero.
 * Works on bigint so that products of cents, rates and days never lose precision.
 */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive')
  const negative = numerator < 0n
  const abs = negative ? -numerator : numerator
  const quotient = abs / denominator
  const remainder = abs % denominator
  const rounded = remainder * 2n >= denominator ? quotient + 1n : quotient
  return negative ? -rounded : rounded
}
