/** The late-payment penalty engine: pure functions, plain data in and out. */
export {
  computePenalties,
  RECOVERY_INDEMNITY_CENTS,
  type DayCountBasis,
  type Payment,
  type PenaltyInput,
  type PenaltyPeriod,
  type PenaltyStatement,
} from './compute-penalties'
export type { PenaltyFlag } from './flags'
export { rateTableFromFrenchRatesJson } from './french-rates-json'
export { halfYearLabelFr, parseHalfYearKey, type HalfYearIndex, type HalfYearKey } from './half-years'
export type { PaymentTerms } from './payment-terms'
export { B2B_MARGIN_BP, CONTRACT_FLOOR_MULTIPLIER, type DebtorKind, type RatePolicy } from './rate-policy'
export { createRateTable, resolveHalfYearRates, type HalfYearRates, type RateTable, type ResolvedRates } from './rate-table'
export { formatRateFr, type PenaltyWarning, type PenaltyWarningCode } from './warnings'
