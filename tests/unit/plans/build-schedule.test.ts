import { describe, expect, it } from 'vitest'
import { formatEuros } from '../../../src-shared/money'
import type { DomainError } from '../../../src-shared/result'
import { buildSchedule, type ScheduleTerms } from '../../../src-main/domain/plans'

const terms = (over: Partial<ScheduleTerms>): ScheduleTerms => ({
  coveredCents: 100_000,
  downPaymentCents: 0,
  frequency: 'month',
  firstDate: '2027-01-15',
  edits: [],
  asOf: '2026-12-10',
  floorCents: 0,
  instalmentCount: 3,
  ...over,
})

const refusal = (over: Partial<ScheduleTerms>): { message: string; fields: Record<string, string> } => {
  try {
    buildSchedule(terms(over))
  } catch (error) {
    const e = error as DomainError
    return { message: e.message, fields: (e.details?.fields ?? {}) as Record<string, string> }
  }
  throw new Error('accepted')
}

const amounts = (over: Partial<ScheduleTerms>) => buildSchedule(terms(over)).rows.map((r) => r.amountCents)
const dates = (over: Partial<ScheduleTerms>) => buildSchedule(terms(over)).rows.map((r) => r.date)

describe('buildSchedule: amounts', () => {
  it('makes every instalment equal to the cent and gives the rounding to the last', () => {
    const { rows } = buildSchedule(terms({ coveredCents: 100_000, instalmentCount: 3 }))
    expect(rows.map((r) => [r.sequence, r.amountCents, r.remainingCents])).toEqual([
      [1, 33_333, 66_667],
      [2, 33_333, 33_334],
      [3, 33_334, 0],
    ])
    expect(amounts({ coveredCents: 100, instalmentCount: 7 })).toEqual([14, 14, 14, 14, 14, 14, 16])
    expect(amounts({ coveredCents: 90_000, instalmentCount: 3 })).toEqual([30_000, 30_000, 30_000])
  })

  it('puts the down payment first, as sequence 0 on the plan date, and spreads the rest', () => {
    const { rows } = buildSchedule(terms({ coveredCents: 100_000, downPaymentCents: 10_000, instalmentCount: 4 }))
    expect(rows.map((r) => [r.sequence, r.date, r.amountCents, r.remainingCents])).toEqual([
      [0, '2026-12-10', 10_000, 90_000],
      [1, '2027-01-15', 22_500, 67_500],
      [2, '2027-02-15', 22_500, 45_000],
      [3, '2027-03-15', 22_500, 22_500],
      [4, '2027-04-15', 22_500, 0],
    ])
    expect(buildSchedule(terms({ downPaymentCents: 500, downPaymentDate: '2026-12-20' })).rows[0]!.date).toBe('2026-12-20')
  })

  it('in amount mode takes as many instalments as the amount needs, the last one the rest', () => {
    expect(amounts({ instalmentCount: undefined, instalmentCents: 30_000 })).toEqual([30_000, 30_000, 30_000, 10_000])
    expect(amounts({ instalmentCount: undefined, instalmentCents: 25_000 })).toEqual([25_000, 25_000, 25_000, 25_000])
    expect(amounts({ instalmentCount: undefined, instalmentCents: 200_000 })).toEqual([100_000])
    expect(amounts({ downPaymentCents: 40_000, instalmentCount: undefined, instalmentCents: 25_000 })).toEqual([40_000, 25_000, 25_000, 10_000])
  })
})

describe('buildSchedule: edits', () => {
  it('an amount edit keeps the rows before it and rebalances the rows after it', () => {
    const { rows } = buildSchedule(terms({ coveredCents: 120_000, instalmentCount: 4, edits: [{ sequence: 2, amountCents: 10_000 }] }))
    expect(rows.map((r) => [r.amountCents, r.edited])).toEqual([
      [30_000, false],
      [10_000, true],
      [40_000, false],
      [40_000, false],
    ])
    expect(amounts({ coveredCents: 100_000, instalmentCount: 4, edits: [{ sequence: 1, amountCents: 10_000 }] })).toEqual([10_000, 30_000, 30_000, 30_000])
    expect(amounts({ coveredCents: 100_000, instalmentCount: 4, edits: [{ sequence: 1, amountCents: 1 }] })).toEqual([1, 33_333, 33_333, 33_333])
  })

  it('rows before the last amount edit keep theirs, edited or not; only the rows after it move', () => {
    expect(
      amounts({ coveredCents: 100_000, instalmentCount: 5, edits: [{ sequence: 3, amountCents: 5_000 }, { sequence: 1, amountCents: 50_000 }] }),
    ).toEqual([50_000, 20_000, 5_000, 12_500, 12_500])
  })

  it('a date edit changes that date only; the amounts stay', () => {
    const { rows } = buildSchedule(terms({ edits: [{ sequence: 2, date: '2027-02-20' }] }))
    expect(rows.map((r) => [r.date, r.amountCents, r.edited])).toEqual([
      ['2027-01-15', 33_333, false],
      ['2027-02-20', 33_333, true],
      ['2027-03-15', 33_334, false],
    ])
  })

  it('refuses on its row an edit that leaves nothing for the rows after it, or a last row that breaks the total', () => {
    expect(refusal({ edits: [{ sequence: 2, amountCents: 66_667 }] }).fields).toHaveProperty('rows.2.amountCents')
    expect(refusal({ edits: [{ sequence: 2, amountCents: 90_000 }] }).message).toBe(`Avec ce montant, il ne reste rien pour l'échéance suivante (dépassement : ${formatEuros(23_333)}).`)
    const last = refusal({ edits: [{ sequence: 3, amountCents: 30_000 }] })
    expect(last.fields['rows.3.amountCents']).toBe(`La dernière échéance solde l'échéancier : elle doit être de ${formatEuros(33_334)} pour que le total soit exact.`)
    expect(amounts({ edits: [{ sequence: 3, amountCents: 33_334 }] })).toEqual([33_333, 33_333, 33_334])
    expect(refusal({ edits: [{ sequence: 4, amountCents: 100 }] }).fields).toHaveProperty('rows.4')
  })
})

describe('buildSchedule: dates of each frequency', () => {
  it('weekly and every two weeks', () => {
    expect(dates({ frequency: 'week', firstDate: '2026-12-28' })).toEqual(['2026-12-28', '2027-01-04', '2027-01-11'])
    expect(dates({ frequency: '2weeks', firstDate: '2026-12-28' })).toEqual(['2026-12-28', '2027-01-11', '2027-01-25'])
  })

  it('monthly keeps its day: the 31st falls on the last day of short months and comes back', () => {
    expect(dates({ firstDate: '2027-01-31', instalmentCount: 5 })).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31'])
    expect(dates({ firstDate: '2028-01-31', instalmentCount: 2 })).toEqual(['2028-01-31', '2028-02-29'])
    expect(dates({ firstDate: '2027-11-30', instalmentCount: 4 })).toEqual(['2027-11-30', '2027-12-30', '2028-01-30', '2028-02-29'])
  })

  it('monthly on a chosen day starts in the first date’s month, or the next when that day is already past', () => {
    expect(dates({ firstDate: '2027-01-10', dayOfMonth: 31 })).toEqual(['2027-01-31', '2027-02-28', '2027-03-31'])
    expect(dates({ firstDate: '2027-01-10', dayOfMonth: 5 })).toEqual(['2027-02-05', '2027-03-05', '2027-04-05'])
  })

  it('free dates: one per instalment, as given', () => {
    const free = ['2027-01-15', '2027-01-20', '2027-03-01']
    expect(dates({ frequency: 'free', instalmentCount: undefined, dates: free })).toEqual(free)
    expect(dates({ frequency: 'free', instalmentCount: 3, dates: free })).toEqual(free)
    expect(refusal({ frequency: 'free', instalmentCount: 2, dates: free }).fields).toHaveProperty('dates')
  })
})

describe('buildSchedule: warnings and refusals', () => {
  it('warns beyond 24 months, below the floor, for dates out of order and dates before the plan', () => {
    const long = buildSchedule(terms({ instalmentCount: 26 }))
    expect(long.months).toBe(25)
    expect(long.warnings.map((w) => w.code)).toEqual(['longer_than_24_months'])
    expect(buildSchedule(terms({ instalmentCount: 25 })).warnings).toEqual([])
    expect(buildSchedule(terms({ floorCents: 40_000 })).warnings.map((w) => [w.code, w.sequence])).toEqual([
      ['below_floor', 1],
      ['below_floor', 2],
      ['below_floor', 3],
    ])
    const disorder = buildSchedule(terms({ edits: [{ sequence: 2, date: '2027-01-10' }] }))
    expect(disorder.warnings.map((w) => [w.code, w.sequence])).toEqual([['dates_out_of_order', 2]])
    const past = buildSchedule(terms({ firstDate: '2026-12-01' }))
    expect(past.warnings.map((w) => [w.code, w.sequence])).toEqual([['date_in_past', 1]])
    expect(past.warnings[0]!.message).toBe("L'échéance n° 1 est datée du 01/12/2026, avant la date de l'échéancier (10/12/2026).")
  })

  it('refuses contradictory options, naming the field', () => {
    expect(refusal({ instalmentCents: 1000 }).fields).toHaveProperty('instalmentCents')
    expect(refusal({ instalmentCount: undefined }).fields).toHaveProperty('instalmentCount')
    expect(refusal({ dates: ['2027-01-15'] }).fields).toHaveProperty('dates')
    expect(refusal({ frequency: 'free' }).fields).toHaveProperty('dates')
    expect(refusal({ frequency: 'week', dayOfMonth: 3 }).fields).toHaveProperty('dayOfMonth')
    expect(refusal({ downPaymentCents: 100_000 }).fields).toHaveProperty('downPaymentCents')
    expect(refusal({ coveredCents: 2, instalmentCount: 3 }).fields).toHaveProperty('instalmentCount')
    expect(refusal({ instalmentCount: undefined, instalmentCents: 100 }).message).toMatch(/1000 : 600 au plus/)
  })
})
