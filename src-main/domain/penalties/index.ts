/** The late-payment penalty engine (L441-10, D441-5, C. civ. 1231-6): pure, no I/O. */
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
export { penaltiesUnderPlans, type PlanCover, type PlanPenaltyStatement } from './plan-penalties'
export { rateTableFromFrenchRatesJson } from './french-rates-json'
export { halfYearKey, halfYearLabelFr, parseHalfYearKey, type HalfYearIndex, type HalfYearKey } from './half-years'
export type { PaymentTerms } from './payment-terms'
export { B2B_MARGIN_BP, CONTRACT_FLOOR_MULTIPLIER, type DebtorKind, type RatePolicy } from './rate-policy'
export { createRateTable, type HalfYearRates, type RateTable, type ResolvedRates } from './rate-table'
export { formatRateFr, type PenaltyWarning, type PenaltyWarningCode } from './warnings'
