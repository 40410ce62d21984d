import { describe, expect, it } from 'vitest'
import { countbackDso, monthsBefore } from '../../src-main/domain/countback-dso'

describe('months counted back from a date', () => {
  it('keep the day of the month, clamped to shorter months', () => {
    expect(monthsBefore('2026-11-23', 1)).toBe('2026-10-23')
    expect(monthsBefore('2026-11-23', 11)).toBe('2025-12-23')
    expect(monthsBefore('2026-03-30', 1)).toBe('2026-02-28')
    expect(monthsBefore('2026-03-30', 2)).toBe('2026-01-30')
    expect(monthsBefore('2024-03-29', 1)).toBe('2024-02-29')
  })

  it('are calendar months from a month’s last day', () => {
    expect(monthsBefore('2026-11-30', 1)).toBe('2026-10-31')
    expect(monthsBefore('2026-02-28', 1)).toBe('2026-01-31')
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28')
    expect(monthsBefore('2026-01-31', 2)).toBe('2025-11-30')
  })
})

describe('DSO by countback', () => {
  /** Net sales per month, keyed by the month's last day, the most recent first. */
  const sales = (byMonthEnd: Record<string, number>) => (_after: string, through: string) => byMonthEnd[through] ?? 0

  it('counts whole the months the receivables exhaust, the last one pro rata', () => {
    // 5 000 owed on 30/11: November's 3 000 (30 days), October's 1 500 (31 days), then
    // 500 of September's 4 000: 30 + 31 + 500 / 4 000 × 30 = 64.75 → 65 days.
    const dso = countbackDso('2026-11-30', 500_000, '2025-01-01', sales({ '2026-11-30': 300_000, '2026-10-31': 150_000, '2026-09-30': 400_000 }))
    expect(dso).toBe(65)
  })

  it('counts a month of more credit notes than invoices whole, without consuming anything', () => {
    // November −200 (30 days, nothing consumed), then 1 000 of October's 3 100: 30 + 10 = 40.
    expect(countbackDso('2026-11-30', 100_000, '2025-01-01', sales({ '2026-11-30': -20_000, '2026-10-31': 310_000 }))).toBe(40)
  })

  it('stops at the first sale when the receivables are older than the sales (an opening balance)', () => {
    // Sales only in November (30 days, 1 000), 3 000 owed: the count ends with the history.
    expect(countbackDso('2026-11-30', 300_000, '2026-11-05', sales({ '2026-11-30': 100_000 }))).toBe(30)
  })

  it('is 0 when nothing is owed, and null without any sale by the date', () => {
    expect(countbackDso('2026-11-30', 0, '2025-01-01', sales({}))).toBe(0)
    expect(countbackDso('2026-11-30', -5_000, '2025-01-01', sales({}))).toBe(0)
    expect(countbackDso('2026-11-30', 5_000, null, sales({}))).toBeNull()
    expect(countbackDso('2026-11-30', 5_000, '2026-12-01', sales({}))).toBeNull()
  })
})
