import { parseHalfYearKey, type HalfYearIndex, type HalfYearKey } from './half-years'

/**
 * The rates of one half-year, in basis points (1 bp = 0.01 %), as the dossier stores
 * them (table rate_half_years): the ECB main refinancing rate in force on 1 January /
 * 1 July (L441-10 II), and the two legal interest rates set by arrêté (CMF L313-2):
 * "particuliers" when the creditor is a private person, "autres cas" otherwise.
 */
export interface HalfYearRates {
  halfYear: HalfYearKey
  ecbRefBp: number
  legalIndividualBp: number
  legalOtherBp: number
}

/** The rates the engine knows, with the half-year they really belong to. */
export interface ResolvedRates {
  readonly halfYear: HalfYearIndex
  readonly rates: HalfYearRates
}

/**
 * Rates by half-year. Rates are published after the fact, so the table may end before
 * today or have a gap: a half-year without its own row resolves to the latest earlier
 * row, and the engine says so in a warning (DESIGN §4). Build it with createRateTable.
 */
export interface RateTable {
  /** The rows given, sorted by half-year: what a seeder or an editor shows. */
  readonly rows: readonly HalfYearRates[]
  readonly firstHalfYear: HalfYearIndex
  readonly lastHalfYear: HalfYearIndex
  /**
   * The rates to apply in `halfYear`: its own row, else the latest known earlier one
   * (compare `.halfYear` with the one asked to know which), or undefined before the
   * table's first half-year, where no rate may be guessed.
   */
  resolve(halfYear: HalfYearIndex): ResolvedRates | undefined
}

export function createRateTable(rows: readonly HalfYearRates[]): RateTable {
  if (rows.length === 0) throw new RangeError('a rate table needs at least one half-year')
  const byIndex = new Map<HalfYearIndex, HalfYearRates>()
  for (const row of rows) {
    const index = parseHalfYearKey(row.halfYear)
    if (index === null) throw new RangeError(`not a half-year key (YYYY-H1 or YYYY-H2): ${row.halfYear}`)
    if (byIndex.has(index)) throw new RangeError(`half-year given twice: ${row.halfYear}`)
    for (const bp of [row.ecbRefBp, row.legalIndividualBp, row.legalOtherBp]) {
      if (!Number.isSafeInteger(bp) || bp < 0) {
        throw new RangeError(`rates must be non-negative integers of basis points: ${row.halfYear}`)
      }
    }
    byIndex.set(index, { ...row })
  }
  const indexes = [...byIndex.keys()].sort((a, b) => a - b)
  const firstHalfYear = indexes[0]!
  const lastHalfYear = indexes[indexes.length - 1]!
  // Entry i answers for half-year firstHalfYear + i; gaps point to the latest earlier row.
  const resolved: ResolvedRates[] = []
  let latest: ResolvedRates | undefined
  for (let index = firstHalfYear; index <= lastHalfYear; index += 1) {
    const rates = byIndex.get(index)
    if (rates) latest = { halfYear: index, rates }
    resolved.push(latest!)
  }
  return {
    rows: indexes.map((index) => byIndex.get(index)!),
    firstHalfYear,
    lastHalfYear,
    // A method rather than a module function: the engine asks once per printed line.
    resolve(halfYear) {
      if (halfYear < firstHalfYear) return undefined
      return resolved[Math.min(halfYear, lastHalfYear) - firstHalfYear]
    },
  }
}
