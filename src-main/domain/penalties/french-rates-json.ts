import { readDecimalHundredths } from '../../../src-shared/amounts'
import { halfYearKey, parseHalfYearKey, type HalfYearIndex } from './half-years'
import { createRateTable, type HalfYearRates, type RateTable } from './rate-table'
import { B2B_MARGIN_BP, CONTRACT_FLOOR_MULTIPLIER } from './rate-policy'

/**
 * Reads the shared rates file (data/rates-fr.json: ecb_semester_reference,
 * legal_interest, legal_interest_pre2015_annual, percentages per year) into the
 * engine's table, to seed a dossier.
 *
 * - Percentages become basis points through their decimal text ("3.15" → 315), never
 *   by multiplying floats; a value finer than a basis point is refused.
 * - Half-years before 2013-H1 are left out: the 1 January / 1 July rule of L441-10
 *   applies from 1 January 2013 (loi 2012-387 art. 121); before, the rate followed
 *   each ECB operation (and the margin was 7 points until 2008), which the semester
 *   model would misstate. Claims that old are prescribed anyway (5 years, L110-4).
 * - Before 2015 there was one legal rate per year for everyone (two categories since
 *   ordonnance 2014-947): it fills both categories of both half-years.
 * - The file's derived columns (default = ECB + 10 points, floor = 3 × "autres cas")
 *   are checked against the rates, so a typo in either is caught here.
 * - A half-year known for one kind of rate only is an error, not a silent gap: the
 *   dossier stores the three rates together.
 *
 * Malformed input throws: the file ships with the app, so a failure is a bug.
 */
export function rateTableFromFrenchRatesJson(json: unknown): RateTable {
  const root = asRecord(json, 'rates file')
  const ecb = new Map<HalfYearIndex, { ecbRefBp: number; defaultBp: number; floorBp: number }>()
  const legal = new Map<HalfYearIndex, { legalIndividualBp: number; legalOtherBp: number }>()

  for (const [i, entry] of asArray(root.ecb_semester_reference, 'ecb_semester_reference').entries()) {
    const where = `ecb_semester_reference[${i}]`
    const record = asRecord(entry, where)
    const halfYear = halfYearField(record.semester, `${where}.semester`)
    if (halfYear < FIRST_SEMESTER_RULE_HALF_YEAR) continue
    putOnce(ecb, halfYear, where, {
      ecbRefBp: percentToBp(record.rate_pct, `${where}.rate_pct`),
      defaultBp: percentToBp(record.b2b_default_penalty_pct, `${where}.b2b_default_penalty_pct`),
      floorBp: percentToBp(record.b2b_contract_floor_pct, `${where}.b2b_contract_floor_pct`),
    })
  }

  for (const [i, entry] of asArray(root.legal_interest, 'legal_interest').entries()) {
    const where = `legal_interest[${i}]`
    const record = asRecord(entry, where)
    putOnce(legal, halfYearField(record.semester, `${where}.semester`), where, {
      legalIndividualBp: percentToBp(record.individual_pct, `${where}.individual_pct`),
      legalOtherBp: percentToBp(record.other_pct, `${where}.other_pct`),
    })
  }

  for (const [i, entry] of asArray(root.legal_interest_pre2015_annual, 'legal_interest_pre2015_annual').entries()) {
    const where = `legal_interest_pre2015_annual[${i}]`
    const record = asRecord(entry, where)
    const year = record.year
    if (!Number.isSafeInteger(year)) throw new RangeError(`${where}.year: not a year`)
    const bp = percentToBp(record.rate_pct, `${where}.rate_pct`)
    for (const halfYear of [(year as number) * 2, (year as number) * 2 + 1]) {
      putOnce(legal, halfYear, where, { legalIndividualBp: bp, legalOtherBp: bp })
    }
  }

  const rows: HalfYearRates[] = []
  for (const [halfYear, ecbRates] of ecb) {
    const key = halfYearKey(halfYear)
    const legalRates = legal.get(halfYear)
    if (!legalRates) throw new RangeError(`${key}: ECB reference rate without legal interest rates`)
    if (ecbRates.defaultBp !== ecbRates.ecbRefBp + B2B_MARGIN_BP) {
      throw new RangeError(`${key}: b2b_default_penalty_pct is not the ECB rate + 10 points`)
    }
    if (ecbRates.floorBp !== CONTRACT_FLOOR_MULTIPLIER * legalRates.legalOtherBp) {
      throw new RangeError(`${key}: b2b_contract_floor_pct is not 3 × the "autres cas" legal rate`)
    }
    rows.push({ halfYear: key, ecbRefBp: ecbRates.ecbRefBp, ...legalRates })
  }
  for (const halfYear of legal.keys()) {
    if (halfYear >= FIRST_SEMESTER_RULE_HALF_YEAR && !ecb.has(halfYear)) {
      throw new RangeError(`${halfYearKey(halfYear)}: legal interest rates without ECB reference rate`)
    }
  }
  return createRateTable(rows)
}

/** 2013-H1: first half-year under the 1 January / 1 July rule. */
const FIRST_SEMESTER_RULE_HALF_YEAR: HalfYearIndex = 2013 * 2

function percentToBp(value: unknown, where: string): number {
  const bp = typeof value === 'number' || typeof value === 'string' ? readDecimalHundredths(String(value)) : null
  if (bp === null || bp < 0) throw new RangeError(`${where}: not a non-negative percentage with at most two decimals`)
  return bp
}

function halfYearField(value: unknown, where: string): HalfYearIndex {
  const halfYear = typeof value === 'string' ? parseHalfYearKey(value) : null
  if (halfYear === null) throw new RangeError(`${where}: not a half-year key (YYYY-H1 or YYYY-H2)`)
  return halfYear
}

function putOnce<T>(map: Map<HalfYearIndex, T>, halfYear: HalfYearIndex, where: string, value: T): void {
  if (map.has(halfYear)) throw new RangeError(`${where}: ${halfYearKey(halfYear)} given twice`)
  map.set(halfYear, value)
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RangeError(`${where}: not an object`)
  return value as Record<string, unknown>
}

function asArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new RangeError(`${where}: not an array`)
  return value
}
