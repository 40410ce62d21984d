import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fromDayNumber, toDayNumber } from '../../../src-shared/dates'
import { computePenalties, type PenaltyInput, type RatePolicy } from '../../../src-main/domain/penalties'
import { computePenaltiesWithExtraCuts } from '../../../src-main/domain/penalties/compute-penalties'
import { halfYearOfDay } from '../../../src-main/domain/penalties/calendar'
import { invoice } from './fixtures'

/** Days from 2013-01-01 (first half-year of the table) to 2027-12-31 (beyond its end). */
const FIRST_DAY = toDayNumber('2013-01-01')
const LAST_DAY = toDayNumber('2027-12-31')

const day = fc.integer({ min: FIRST_DAY, max: LAST_DAY })
const delay = fc.integer({ min: 0, max: 2000 })

const ratePolicy: fc.Arbitrary<RatePolicy> = fc.oneof(
  fc.constant({ kind: 'legal' as const }),
  fc.integer({ min: 0, max: 3000 }).map((rateBp) => ({ kind: 'fixed' as const, rateBp })),
  fc.integer({ min: 1, max: 5 }).map((factor) => ({ kind: 'legalInterestMultiple' as const, factor })),
)

/** Any invoice of the table's era, with up to four payments after or before its due date. */
const anyInvoice: fc.Arbitrary<PenaltyInput> = fc
  .record({
    amountCents: fc.integer({ min: 1, max: 50_000_000 }),
    dueDay: day,
    asOfDelay: delay,
    noticeDelay: fc.option(fc.integer({ min: -30, max: 400 }), { nil: undefined }),
    debtor: fc.constantFrom('pro' as const, 'particulier' as const),
    ratePolicy,
    dayCount: fc.constantFrom('365' as const, 'actual' as const),
    payments: fc.array(fc.record({ offset: fc.integer({ min: -60, max: 900 }), amountCents: fc.integer({ min: 1, max: 20_000_000 }) }), {
      maxLength: 4,
    }),
  })
  .map((r) =>
    invoice({
      amountCents: r.amountCents,
      dueDate: fromDayNumber(r.dueDay),
      asOf: fromDayNumber(r.dueDay + r.asOfDelay),
      debtor: r.debtor,
      ...(r.noticeDelay !== undefined && { noticeDate: fromDayNumber(r.dueDay + r.noticeDelay) }),
      ratePolicy: r.ratePolicy,
      dayCount: r.dayCount,
      payments: r.payments.map((p) => ({ date: fromDayNumber(r.dueDay + p.offset), amountCents: p.amountCents })),
    }),
  )

describe('computePenalties properties', () => {
  it('adds up: interest is the sum of its lines, total is interest plus indemnity', () => {
    fc.assert(
      fc.property(anyInvoice, (input) => {
        const statement = computePenalties(input)
        expect(statement.interestCents).toBe(statement.periods.reduce((sum, p) => sum + p.amountCents, 0))
        expect(statement.totalCents).toBe(statement.interestCents + statement.indemnityCents)
        expect([0, 4000]).toContain(statement.indemnityCents)
        if (input.debtor === 'particulier') expect(statement.indemnityCents).toBe(0)
      }),
    )
  })

  it('writes lines in date order, each inside one half-year, from after the due date to the as-of date', () => {
    fc.assert(
      fc.property(anyInvoice, (input) => {
        const { periods } = computePenalties(input)
        let previousEnd = toDayNumber(input.dueDate)
        for (const p of periods) {
          const from = toDayNumber(p.from)
          const to = toDayNumber(p.to)
          expect(from).toBeGreaterThan(previousEnd)
          expect(p.days).toBe(to - from + 1)
          expect(halfYearOfDay(from)).toBe(halfYearOfDay(to))
          expect(p.baseCents).toBeGreaterThan(0)
          expect(p.baseCents).toBeLessThanOrEqual(input.amountCents)
          expect(p.amountCents).toBeGreaterThanOrEqual(0)
          previousEnd = to
        }
        expect(previousEnd).toBeLessThanOrEqual(toDayNumber(input.asOf))
      }),
    )
  })

  it('covers every day from the due date to the as-of date for an unpaid invoice to a professional', () => {
    fc.assert(
      fc.property(anyInvoice, (generated) => {
        const input = { ...generated, debtor: 'pro' as const, payments: [] }
        const { periods } = computePenalties(input)
        expect(periods.reduce((sum, p) => sum + p.days, 0)).toBe(toDayNumber(input.asOf) - toDayNumber(input.dueDate))
      }),
    )
  })

  it('owes nothing when everything is paid by the due date', () => {
    fc.assert(
      fc.property(anyInvoice, fc.integer({ min: 0, max: 60 }), (input, early) => {
        const paid = { ...input, payments: [{ date: fromDayNumber(toDayNumber(input.dueDate) - early), amountCents: input.amountCents }] }
        const statement = computePenalties(paid)
        expect(statement.totalCents).toBe(0)
        expect(statement.periods).toEqual([])
      }),
    )
  })

  it('never lowers the interest when the as-of date moves later without payment', () => {
    fc.assert(
      fc.property(anyInvoice, delay, (generated, later) => {
        const input = { ...generated, payments: [] }
        const earlier = computePenalties(input)
        const after = computePenalties({ ...input, asOf: fromDayNumber(toDayNumber(input.asOf) + later) })
        expect(after.interestCents).toBeGreaterThanOrEqual(earlier.interestCents)
        expect(after.totalCents).toBeGreaterThanOrEqual(earlier.totalCents)
      }),
    )
  })

  it('moves the total by at most one cent per line added by an artificial cut', () => {
    fc.assert(
      fc.property(anyInvoice, fc.array(fc.integer({ min: -10, max: 2500 }), { minLength: 1, maxLength: 3 }), (input, offsets) => {
        const cuts = offsets.map((offset) => fromDayNumber(toDayNumber(input.dueDate) + offset))
        const plain = computePenalties(input)
        const cut = computePenaltiesWithExtraCuts(input, cuts)
        const addedLines = cut.periods.length - plain.periods.length
        expect(addedLines).toBeGreaterThanOrEqual(0)
        expect(addedLines).toBeLessThanOrEqual(cuts.length)
        expect(Math.abs(cut.interestCents - plain.interestCents)).toBeLessThanOrEqual(addedLines)
        expect(cut.indemnityCents).toBe(plain.indemnityCents)
        expect(cut.periods.reduce((sum, p) => sum + p.days, 0)).toBe(plain.periods.reduce((sum, p) => sum + p.days, 0))
      }),
      { numRuns: 500 },
    )
  })
})
