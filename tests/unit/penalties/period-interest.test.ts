import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { periodInterestCents } from '../../../src-main/domain/penalties/period-interest'

/** Reference: floor((2 × exact + 1) / 2) with bigint, i.e. half up, which is half away from zero for amounts ≥ 0. */
function reference(base: number, rateBp: number, days: number, yearDays: number): number {
  const numerator = BigInt(base) * BigInt(rateBp) * BigInt(days)
  const denominator = 10_000n * BigInt(yearDays)
  return Number((2n * numerator + denominator) / (2n * denominator))
}

describe('periodInterestCents', () => {
  it('rounds exact half cents away from zero and anything less down', () => {
    expect(periodInterestCents(25, 1000, 73, 365)).toBe(1) // 0.5
    expect(periodInterestCents(75, 1000, 73, 365)).toBe(2) // 1.5
    expect(periodInterestCents(100_025, 1000, 73, 365)).toBe(2001) // 2 000.5
    expect(periodInterestCents(100_024, 1000, 73, 365)).toBe(2000) // 2 000.48
    expect(periodInterestCents(100_050, 1000, 61, 366)).toBe(1668) // 1 667.5
    expect(periodInterestCents(1_000_000, 0, 46, 365)).toBe(0)
  })

  it('stays exact beyond 2^53 (bigint path)', () => {
    // 9 × 10^13 € at 20 % for 184 days: the product is 3.3 × 10^22.
    expect(periodInterestCents(9e15, 2000, 184, 365)).toBe(907_397_260_273_973) // …972.60 → …973
    expect(periodInterestCents(9e15, 2000, 184, 365)).toBe(reference(9e15, 2000, 184, 365))
  })

  it('agrees with the bigint reference on both paths', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 184 }),
        fc.constantFrom(365, 366),
        (base, rateBp, days, yearDays) => {
          expect(periodInterestCents(base, rateBp, days, yearDays)).toBe(reference(base, rateBp, days, yearDays))
        },
      ),
      { numRuns: 2000 },
    )
  })
})
