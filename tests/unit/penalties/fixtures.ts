import { createRateTable, type HalfYearRates, type PenaltyInput } from '../../../src-main/domain/penalties'

/**
 * French rates 2013-H1 → 2026-H1 in basis points, typed from the half-year table of
 * legal-fr.md §4 (ECB reference on 1 Jan / 1 Jul, legal interest "particuliers" and
 * "autres cas"): a second source beside rates-fr.json, which the engine converts.
 */
const ROWS: Array<[HalfYearRates['halfYear'], number, number, number]> = [
  ['2013-H1', 75, 4, 4],
  ['2013-H2', 50, 4, 4],
  ['2014-H1', 25, 4, 4],
  ['2014-H2', 15, 4, 4],
  ['2015-H1', 5, 406, 93],
  ['2015-H2', 5, 429, 99],
  ['2016-H1', 5, 454, 101],
  ['2016-H2', 0, 435, 93],
  ['2017-H1', 0, 416, 90],
  ['2017-H2', 0, 394, 90],
  ['2018-H1', 0, 373, 89],
  ['2018-H2', 0, 360, 88],
  ['2019-H1', 0, 340, 86],
  ['2019-H2', 0, 326, 87],
  ['2020-H1', 0, 315, 87],
  ['2020-H2', 0, 311, 84],
  ['2021-H1', 0, 314, 79],
  ['2021-H2', 0, 312, 76],
  ['2022-H1', 0, 313, 76],
  ['2022-H2', 0, 315, 77],
  ['2023-H1', 250, 447, 206],
  ['2023-H2', 400, 682, 422],
  ['2024-H1', 450, 801, 507],
  ['2024-H2', 425, 816, 492],
  ['2025-H1', 315, 721, 371],
  ['2025-H2', 215, 665, 276],
  ['2026-H1', 215, 667, 262],
]

export const FRENCH_RATE_ROWS: HalfYearRates[] = ROWS.map(([halfYear, ecbRefBp, legalIndividualBp, legalOtherBp]) => ({
  halfYear,
  ecbRefBp,
  legalIndividualBp,
  legalOtherBp,
}))

export const FRENCH_RATES = createRateTable(FRENCH_RATE_ROWS)

/** An engine input with the usual defaults: professional debtor, statutory rate, no payment. */
export function invoice(fields: Partial<PenaltyInput> & Pick<PenaltyInput, 'amountCents' | 'dueDate' | 'asOf'>): PenaltyInput {
  return { debtor: 'pro', payments: [], ratePolicy: { kind: 'legal' }, rates: FRENCH_RATES, ...fields }
}
