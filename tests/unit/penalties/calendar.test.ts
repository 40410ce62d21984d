import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fromDayNumber, isIsoDate, toDayNumber } from '../../../src-shared/dates'
import { dateOfDay, dayOfDate, daysInMonth, daysInYear } from '../../../src-main/domain/penalties/calendar'

/** The engine's Date-free calendar must answer exactly as src-shared/dates.ts. */
describe('calendar', () => {
  it('reads real dates and refuses the rest, like isIsoDate and toDayNumber', () => {
    expect(dayOfDate('1970-01-01')).toBe(0)
    expect(dayOfDate('2024-02-29')).toBe(toDayNumber('2024-02-29'))
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-4-01', '2025-04-01 ', '25-04-01', '2025/04/01', '2025-04-0a', '0050-01-01', '']) {
      expect([bad, dayOfDate(bad)]).toEqual([bad, undefined])
      expect(isIsoDate(bad)).toBe(false)
    }
  })

  it('agrees with dates.ts on every day from year 100 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('0100-01-01'), max: toDayNumber('9999-12-31') }), (day) => {
        const iso = fromDayNumber(day)
        expect(dayOfDate(iso)).toBe(day)
        expect(dateOfDay(day)).toBe(iso)
      }),
      { numRuns: 5000 },
    )
  })

  it('agrees with isIsoDate on arbitrary date-shaped text', () => {
    const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'))
    const text = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), twoDigits, twoDigits)
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${m}-${d}`)
    fc.assert(
      fc.property(text, (date) => {
        expect(dayOfDate(date) !== undefined).toBe(isIsoDate(date))
        if (isIsoDate(date)) expect(dayOfDate(date)).toBe(toDayNumber(date))
      }),
      { numRuns: 5000 },
    )
  })

  it('knows leap years and month lengths', () => {
    expect([2023, 2024, 2100, 2000].map(daysInYear)).toEqual([365, 366, 365, 366])
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2025, 4), daysInMonth(2025, 12)]).toEqual([29, 28, 30, 31])
  })
})
