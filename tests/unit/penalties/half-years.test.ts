import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { firstDayOfHalfYear, forEachHalfYearSlice, halfYearOfDay } from '../../../src-main/domain/penalties/calendar'
import { halfYearKey, halfYearLabelFr, parseHalfYearKey } from '../../../src-main/domain/penalties/half-years'
import { fromDayNumber, toDayNumber } from '../../../src-shared/dates'

const day = toDayNumber

describe('half-years', () => {
  it('reads and writes keys, and names half-years in French', () => {
    expect(parseHalfYearKey('2026-H1')).toBe(4052)
    expect(parseHalfYearKey('2026-H2')).toBe(4053)
    expect(halfYearKey(4053)).toBe('2026-H2')
    for (const bad of ['2026-H3', '2026-h1', '26-H1', '2026H1', ' 2026-H1']) expect(parseHalfYearKey(bad)).toBeNull()
    expect(halfYearLabelFr(4052)).toBe('1er semestre 2026')
    expect(halfYearLabelFr(4053)).toBe('2e semestre 2026')
  })

  it('places 30 June and 1 July, 31 December and 1 January on the right side', () => {
    expect(halfYearKey(halfYearOfDay(day('2025-06-30')))).toBe('2025-H1')
    expect(halfYearKey(halfYearOfDay(day('2025-07-01')))).toBe('2025-H2')
    expect(halfYearKey(halfYearOfDay(day('2025-12-31')))).toBe('2025-H2')
    expect(halfYearKey(halfYearOfDay(day('2026-01-01')))).toBe('2026-H1')
    expect(fromDayNumber(firstDayOfHalfYear(parseHalfYearKey('2025-H2')!))).toBe('2025-07-01')
    expect(fromDayNumber(firstDayOfHalfYear(parseHalfYearKey('2026-H1')!))).toBe('2026-01-01')
  })

  it('cuts a range at every 1 January and 1 July', () => {
    const cut = (from: string, to: string) => {
      const slices: string[][] = []
      forEachHalfYearSlice(day(from), day(to), {
        visitSlice(sliceFrom, sliceTo, halfYear, fromDate, toDate) {
          expect([fromDate, toDate]).toEqual([fromDayNumber(sliceFrom), fromDayNumber(sliceTo)])
          slices.push([fromDate, toDate, halfYearKey(halfYear)])
        },
      })
      return slices
    }
    expect(cut('2023-12-15', '2025-01-10')).toEqual([
      ['2023-12-15', '2023-12-31', '2023-H2'],
      ['2024-01-01', '2024-06-30', '2024-H1'],
      ['2024-07-01', '2024-12-31', '2024-H2'],
      ['2025-01-01', '2025-01-10', '2025-H1'],
    ])
    expect(cut('2025-07-01', '2025-07-01')).toEqual([['2025-07-01', '2025-07-01', '2025-H2']])
    expect(cut('2025-07-02', '2025-07-01')).toEqual([])
  })

  it('finds the first day and the half-year of any day like the calendar does', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') }), (d) => {
        const iso = fromDayNumber(d)
        const year = Number(iso.slice(0, 4))
        const secondHalf = Number(iso.slice(5, 7)) >= 7
        const halfYear = halfYearOfDay(d)
        expect(halfYearKey(halfYear)).toBe(`${year}-H${secondHalf ? 2 : 1}`)
        expect(fromDayNumber(firstDayOfHalfYear(halfYear))).toBe(`${year}-${secondHalf ? '07' : '01'}-01`)
      }),
      { numRuns: 3000 },
    )
  })
})
