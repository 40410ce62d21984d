import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src-shared/dates'
import { buildSchedule } from '../../../src-main/domain/plans'

const dateArb = fc.integer({ min: 0, max: 3650 }).map((days) => addDays('2025-01-01', days))

describe('buildSchedule: properties over random totals, counts and dates', () => {
  it('adds up to the covered total exactly, dates strictly increase, only the last instalment differs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900_000_000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom('week' as const, '2weeks' as const, 'month' as const),
        dateArb,
        fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
        fc.integer({ min: 0, max: 99 }),
        (covered, count, frequency, firstDate, day, downPct) => {
          const downPaymentCents = Math.floor((covered * downPct) / 100)
          fc.pre(covered - downPaymentCents >= count)
          const { rows } = buildSchedule({
            coveredCents: covered,
            downPaymentCents,
            instalmentCount: count,
            frequency,
            firstDate,
            dayOfMonth: frequency === 'month' ? day : undefined,
            edits: [],
            asOf: firstDate,
            floorCents: 0,
          })
          expect(rows.reduce((sum, row) => sum + row.amountCents, 0)).toBe(covered)
          expect(rows[rows.length - 1]!.remainingCents).toBe(0)
          const instalments = rows.filter((row) => row.sequence > 0)
          expect(instalments).toHaveLength(count)
          for (let i = 1; i < instalments.length; i += 1) expect(instalments[i]!.date > instalments[i - 1]!.date).toBe(true)
          const first = instalments[0]!.amountCents
          expect(instalments.slice(0, -1).every((row) => row.amountCents === first)).toBe(true)
          expect(instalments[instalments.length - 1]!.amountCents).toBeGreaterThanOrEqual(first)
          expect(instalments[instalments.length - 1]!.amountCents - first).toBeLessThan(count)
        },
      ),
      { numRuns: 500, seed: 1343 },
    )
  })

  it('still adds up exactly after an amount edit, in count and amount modes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 50_000_000 }),
        fc.integer({ min: 2, max: 60 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 99 }),
        (covered, count, amountMode, editAt, pct) => {
          const base = {
            coveredCents: covered,
            downPaymentCents: 0,
            frequency: 'month' as const,
            firstDate: '2027-01-31',
            edits: [] as Array<{ sequence: number; amountCents: number }>,
            asOf: '2027-01-01',
            floorCents: 0,
            ...(amountMode ? { instalmentCents: Math.max(1, Math.ceil(covered / count)) } : { instalmentCount: count }),
          }
          fc.pre(covered >= count)
          const n = buildSchedule(base).rows.length
          fc.pre(editAt < n)
          const amountCents = Math.max(1, Math.floor((covered * pct) / 100 / n))
          const { rows } = buildSchedule({ ...base, edits: [{ sequence: editAt, amountCents }] })
          expect(rows.reduce((sum, row) => sum + row.amountCents, 0)).toBe(covered)
          expect(rows[editAt - 1]!.amountCents).toBe(amountCents)
          expect(rows.every((row) => row.amountCents > 0)).toBe(true)
        },
      ),
      { numRuns: 500, seed: 6125 },
    )
  })
})
