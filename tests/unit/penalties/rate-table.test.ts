import { describe, expect, it } from 'vitest'
import {
  computePenalties,
  createRateTable,
  parseHalfYearKey,
  rateTableFromFrenchRatesJson,
} from '../../../src-main/domain/penalties'
import { FRENCH_RATE_ROWS, FRENCH_RATES, invoice } from './fixtures'

const H = (key: string) => parseHalfYearKey(key)!

describe('createRateTable and resolve', () => {
  it('sorts rows, resolves a half-year to its own row', () => {
    const table = createRateTable([...FRENCH_RATE_ROWS].reverse())
    expect(table.rows).toEqual(FRENCH_RATE_ROWS)
    const resolved = table.resolve(H('2025-H2'))!
    expect(resolved.halfYear).toBe(H('2025-H2'))
    expect(resolved.rates).toEqual({ halfYear: '2025-H2', ecbRefBp: 215, legalIndividualBp: 665, legalOtherBp: 276 })
  })

  it('falls back to the latest earlier row after the end and inside a gap, never before the start', () => {
    const table = createRateTable(FRENCH_RATE_ROWS.filter((row) => row.halfYear !== '2025-H1'))
    expect(table.resolve(H('2030-H1'))!.halfYear).toBe(H('2026-H1'))
    expect(table.resolve(H('2025-H1'))!.halfYear).toBe(H('2024-H2'))
    expect(table.resolve(H('2012-H2'))).toBeUndefined()
  })

  it('refuses empty tables, duplicates, bad keys and rates that are not whole basis points', () => {
    const row = { halfYear: '2025-H1' as const, ecbRefBp: 315, legalIndividualBp: 721, legalOtherBp: 371 }
    expect(() => createRateTable([])).toThrow(RangeError)
    expect(() => createRateTable([row, row])).toThrow(/twice/)
    expect(() => createRateTable([{ ...row, halfYear: '2025-H3' as never }])).toThrow(/half-year key/)
    expect(() => createRateTable([{ ...row, ecbRefBp: 3.15 }])).toThrow(/basis points/)
    expect(() => createRateTable([{ ...row, legalOtherBp: -1 }])).toThrow(/basis points/)
  })
})

describe('computePenalties with missing rates', () => {
  it('uses the latest known half-year and names the missing one', () => {
    const statement = computePenalties(invoice({ amountCents: 1_000_000, dueDate: '2026-05-31', asOf: '2026-08-15' }))
    expect(statement.periods.map((p) => [p.from, p.to, p.days, p.halfYear, p.rateBp, p.amountCents])).toEqual([
      ['2026-06-01', '2026-06-30', 30, '2026-H1', 1215, 9986], // 99.8630…
      ['2026-07-01', '2026-08-15', 46, '2026-H2', 1215, 15_312], // 153.1232…
    ])
    expect(statement.warnings).toEqual([
      {
        code: 'RATE_MISSING_HALF_YEAR',
        halfYear: '2026-H2',
        message: 'Taux du 2e semestre 2026 non renseigné : taux du 1er semestre 2026 utilisé.',
      },
    ])
  })

  it('names each missing half-year once, however many lines use it', () => {
    const statement = computePenalties(
      invoice({
        amountCents: 1_000_000,
        dueDate: '2026-05-31',
        asOf: '2027-02-15',
        payments: [
          { date: '2026-08-01', amountCents: 100_000 },
          { date: '2026-10-01', amountCents: 100_000 },
        ],
      }),
    )
    expect(statement.warnings.map((w) => w.message)).toEqual([
      'Taux du 2e semestre 2026 non renseigné : taux du 1er semestre 2026 utilisé.',
      'Taux du 1er semestre 2027 non renseigné : taux du 1er semestre 2026 utilisé.',
    ])
  })

  it('fills a gap inside the table with the previous half-year', () => {
    const rates = createRateTable(FRENCH_RATE_ROWS.filter((row) => row.halfYear !== '2025-H2'))
    const statement = computePenalties(invoice({ amountCents: 1_000_000, dueDate: '2025-05-15', asOf: '2025-09-20', rates }))
    expect(statement.periods.map((p) => p.rateBp)).toEqual([1315, 1315])
    expect(statement.warnings.map((w) => w.message)).toEqual([
      'Taux du 2e semestre 2025 non renseigné : taux du 1er semestre 2025 utilisé.',
    ])
  })

  it('computes no interest before the first known half-year, and says which days', () => {
    const statement = computePenalties(invoice({ amountCents: 1_000_000, dueDate: '2012-11-30', asOf: '2013-02-28' }))
    // 10 000 × 10.75 % × 59 / 365 = 173.7671…
    expect(statement.periods.map((p) => [p.from, p.to, p.rateBp, p.amountCents])).toEqual([
      ['2013-01-01', '2013-02-28', 1075, 17_377],
    ])
    expect(statement.warnings).toEqual([
      {
        code: 'RATES_BEFORE_TABLE',
        message: 'Aucun taux connu avant le 1er semestre 2013 : intérêts non calculés du 01/12/2012 au 31/12/2012.',
      },
    ])
    expect(statement.indemnityCents).toBe(4000)
  })

  it('checks an agreed rate against the floor of the rates it stands on', () => {
    // 2026-H2 unknown: the 2026-H1 floor (3 × 2.62 % = 7.86 %) is the one in use.
    const statement = computePenalties(
      invoice({ amountCents: 1_000_000, dueDate: '2026-06-30', asOf: '2026-08-15', ratePolicy: { kind: 'fixed', rateBp: 700 } }),
    )
    expect(statement.warnings.map((w) => [w.code, w.halfYear])).toEqual([
      ['RATE_MISSING_HALF_YEAR', '2026-H2'],
      ['RATE_BELOW_FLOOR', '2026-H2'],
    ])
  })
})

describe('rateTableFromFrenchRatesJson', () => {
  // An excerpt of data/rates-fr.json, with the value shapes it uses (0.0, 0.9, 2.5, 3.15).
  const json = {
    ecb_semester_reference: [
      { semester: '2012-H2', reference_date: '2012-07-01', rate_pct: 1.0, b2b_default_penalty_pct: 11.0, b2b_contract_floor_pct: 2.13 },
      { semester: '2013-H1', reference_date: '2013-01-01', rate_pct: 0.75, b2b_default_penalty_pct: 10.75, b2b_contract_floor_pct: 0.12 },
      { semester: '2013-H2', reference_date: '2013-07-01', rate_pct: 0.5, b2b_default_penalty_pct: 10.5, b2b_contract_floor_pct: 0.12 },
      { semester: '2017-H1', reference_date: '2017-01-01', rate_pct: 0.0, b2b_default_penalty_pct: 10.0, b2b_contract_floor_pct: 2.7 },
      { semester: '2023-H1', reference_date: '2023-01-01', rate_pct: 2.5, b2b_default_penalty_pct: 12.5, b2b_contract_floor_pct: 6.18 },
      { semester: '2025-H1', reference_date: '2025-01-01', rate_pct: 3.15, b2b_default_penalty_pct: 13.15, b2b_contract_floor_pct: 11.13 },
    ],
    legal_interest: [
      { semester: '2017-H1', individual_pct: 4.16, other_pct: 0.9 },
      { semester: '2023-H1', individual_pct: 4.47, other_pct: 2.06 },
      { semester: '2025-H1', individual_pct: 7.21, other_pct: 3.71 },
    ],
    legal_interest_pre2015_annual: [
      { year: 2012, rate_pct: 0.71 },
      { year: 2013, rate_pct: 0.04 },
    ],
  }

  it('converts percents to exact basis points, from 2013 on, filling pre-2015 legal rates from the annual table', () => {
    const table = rateTableFromFrenchRatesJson(json)
    const expected = ['2013-H1', '2013-H2', '2017-H1', '2023-H1', '2025-H1'].map(
      (key) => FRENCH_RATE_ROWS.find((row) => row.halfYear === key)!,
    )
    expect(table.rows).toEqual(expected)
    expect(table.firstHalfYear).toBe(H('2013-H1'))
  })

  it('matches the hand-typed table on every half-year of the full excerpt shape', () => {
    const full = rateTableFromFrenchRatesJson({
      ecb_semester_reference: FRENCH_RATE_ROWS.map((row) => ({
        semester: row.halfYear,
        rate_pct: row.ecbRefBp / 100,
        b2b_default_penalty_pct: (row.ecbRefBp + 1000) / 100,
        b2b_contract_floor_pct: (3 * row.legalOtherBp) / 100,
      })),
      legal_interest: FRENCH_RATE_ROWS.filter((row) => row.halfYear >= '2015').map((row) => ({
        semester: row.halfYear,
        individual_pct: row.legalIndividualBp / 100,
        other_pct: row.legalOtherBp / 100,
      })),
      legal_interest_pre2015_annual: [
        { year: 2013, rate_pct: 0.04 },
        { year: 2014, rate_pct: 0.04 },
      ],
    })
    expect(full.rows).toEqual(FRENCH_RATES.rows)
  })

  it('refuses what it cannot convert exactly or consistently', () => {
    const withEcb = (entry: object) => ({ ...json, ecb_semester_reference: [...json.ecb_semester_reference, entry] })
    const h2 = { semester: '2025-H2', rate_pct: 2.15, b2b_default_penalty_pct: 12.15, b2b_contract_floor_pct: 8.28 }
    expect(() => rateTableFromFrenchRatesJson(withEcb(h2))).toThrow('2025-H2: ECB reference rate without legal interest rates')
    expect(() =>
      rateTableFromFrenchRatesJson({
        ...json,
        legal_interest: [...json.legal_interest, { semester: '2025-H2', individual_pct: 6.65, other_pct: 2.76 }],
      }),
    ).toThrow('2025-H2: legal interest rates without ECB reference rate')
    expect(() =>
      rateTableFromFrenchRatesJson({
        ...json,
        ecb_semester_reference: [{ ...json.ecb_semester_reference[5]!, rate_pct: 3.155 }],
        legal_interest: [json.legal_interest[2]!],
      }),
    ).toThrow(/at most two decimals/)
    expect(() =>
      rateTableFromFrenchRatesJson({
        ...json,
        ecb_semester_reference: [{ ...json.ecb_semester_reference[5]!, b2b_default_penalty_pct: 13.25 }],
        legal_interest: [json.legal_interest[2]!],
      }),
    ).toThrow(/ECB rate \+ 10 points/)
    expect(() =>
      rateTableFromFrenchRatesJson({
        ...json,
        ecb_semester_reference: [{ ...json.ecb_semester_reference[5]!, b2b_contract_floor_pct: 11.1 }],
        legal_interest: [json.legal_interest[2]!],
      }),
    ).toThrow(/3 × the "autres cas"/)
    expect(() => rateTableFromFrenchRatesJson({ ...json, legal_interest: 'none' })).toThrow('legal_interest: not an array')
    expect(() => rateTableFromFrenchRatesJson(null)).toThrow('rates file: not an object')
  })
})
