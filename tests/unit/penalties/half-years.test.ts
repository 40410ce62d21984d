import { describe, expect, it } from 'vitest'
import { toDayNumber } from '../../../src-shared/dates'
import {
  daysInYear,
  firstDayOfHalfYear,
  halfYearKey,
  halfYearLabelFr,
  halfYearOfDay,
  parseHalfYearKey,
  splitAtHalfYears,
} from '../../../src-main/domain/penalties/half-years'
import { fromDayNumber } from '../../../src-shared/dates'

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
    const slices = splitAtHalfYears(day('2023-12-15'), day('2025-01-10')).map((s) => [
      fromDayNumber(s.fromDay),
      fromDayNumber(s.toDay),
      halfYearKey(s.halfYear),
    ])
    expect(slices).toEqual([
      ['2023-12-15', '2023-12-31', '2023-H2'],
      ['2024-01-01', '2024-06-30', '2024-H1'],
      ['2024-07-01', '2024-12-31', '2024-H2'],
      ['2025-01-01', '2025-01-10', '2025-H1'],
    ])
    expect(splitAtHalfYears(day('2025-07-01'), day('2025-07-01'))).toHaveLength(1)
    expect(splitAtHalfYears(day('2025-07-02'), day('2025-07-01'))).toEqual([])
  })

  it('knows leap years', () => {
    expect([2023, 2024, 2100, 2000].map(daysInYear)).toEqual([365, 366, 365, 366])
  })
})
