import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, endOfMonth, formatFrenchDate, isIsoDate, localToday } from '../../src-shared/dates'

describe('calendar dates', () => {
  it('accepts only real ISO calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '01/02/2025', '2025-04-31', '']) expect(isIsoDate(bad)).toBe(false)
  })

  it('counts calendar days across months, leap years and daylight-saving changes', () => {
    expect(daysBetween('2025-05-15', '2025-09-20')).toBe(128)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('finds the end of the month and writes dates the French way', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29')
    expect(endOfMonth('2026-12-01')).toBe('2026-12-31')
    expect(formatFrenchDate('2026-11-23')).toBe('23/11/2026')
    expect(localToday(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23')
  })
})
