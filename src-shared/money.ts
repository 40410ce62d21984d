/**
 * Money is an integer number of cents everywhere inside Encaisse. These helpers are
 * the edges: writing amounts for people and machines (reading them: amounts.ts).
 */

export type Cents = number

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
