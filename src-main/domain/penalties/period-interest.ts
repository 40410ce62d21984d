import { divideRoundHalfAwayFromZero, type Cents } from '../../../src-shared/money'

/**
 * Simple interest of one period, base × rate × days / (10 000 × yearDays), rounded
 * once, half away from zero, to the cent (DESIGN §3: one rounding per computation;
 * the statement is the sum of its printed lines). No legal rounding rule exists
 * (legal-fr.md §1.5 [U]); the cent is the unit a letter can print.
 *
 * Inputs are non-negative integers. When the exact product fits in a double
 * (< 2^53, the common case) it is computed with plain numbers: every intermediate
 * product is then exact, `%` of integers is exact, and so is the division of the
 * multiple that remains. Larger products go through bigint.
 */
export function periodInterestCents(baseCents: Cents, rateBp: number, days: number, yearDays: number): Cents {
  const numerator = baseCents * rateBp * days
  const denominator = BP_PER_UNIT * yearDays
  if (numerator <= Number.MAX_SAFE_INTEGER) {
    const remainder = numerator % denominator
    const quotient = (numerator - remainder) / denominator
    return remainder * 2 >= denominator ? quotient + 1 : quotient
  }
  return Number(
    divideRoundHalfAwayFromZero(BigInt(baseCents) * BigInt(rateBp) * BigInt(days), BigInt(denominator)),
  )
}

/** 100 % = 10 000 basis points. */
const BP_PER_UNIT = 10_000
