import type { HalfYearRates } from './rate-table'

export type DebtorKind = 'pro' | 'particulier'

/**
 * The rate a creditor's terms of sale set for late payment (L441-10 II):
 * - legal: nothing agreed, the statutory default (ECB reference rate + 10 points);
 * - fixed: an agreed annual rate, in basis points;
 * - legalInterestMultiple: an agreed multiple of the legal interest rate ("trois fois
 *   le taux d'intérêt légal"), following it half-year by half-year. The factor is a
 *   whole number: CGV write "trois fois", and a fractional factor would give rates
 *   finer than a basis point (write such a rate as a fixed rate instead).
 */
export type RatePolicy =
  | { kind: 'legal' }
  | { kind: 'fixed'; rateBp: number }
  | { kind: 'legalInterestMultiple'; factor: number }

/** L441-10 II: the default rate is the ECB rate "majoré de 10 points de pourcentage". */
export const B2B_MARGIN_BP = 1000

/** L441-10 II: an agreed rate "ne peut être inférieur à trois fois le taux d'intérêt légal". */
export const CONTRACT_FLOOR_MULTIPLIER = 3

const legalOtherRate = (rates: HalfYearRates) => rates.legalOtherBp
const statutoryDefaultRate = (rates: HalfYearRates) => rates.ecbRefBp + B2B_MARGIN_BP

/**
 * The rule giving a statement's annual rate from a half-year's rates, chosen once per
 * statement. Between professionals the policy applies. Against a consumer L441-10
 * does not apply: the interest is the legal rate (C. civ. 1231-6), "autres cas"
 * category because the creditor is a business (CMF L313-2); an agreed rate is not
 * applied by the engine (see warnings: it needs legal review).
 */
export function annualRateRule(policy: RatePolicy, debtor: DebtorKind): (rates: HalfYearRates) => number {
  if (debtor === 'particulier') return legalOtherRate
  switch (policy.kind) {
    case 'legal':
      return statutoryDefaultRate
    case 'fixed': {
      const { rateBp } = policy
      return () => rateBp
    }
    case 'legalInterestMultiple': {
      const { factor } = policy
      return (rates) => rates.legalOtherBp * factor
    }
  }
}

/**
 * The floor limits an agreed rate only; the statutory default applies as it stands even
 * when it is lower (2024-H1: 14.50 % against a 15.21 % floor) — legal-fr.md §1.1 [I].
 * The legal rate of the floor is "autres cas": the creditor is a professional.
 */
export function contractFloorBp(rates: HalfYearRates): number {
  return CONTRACT_FLOOR_MULTIPLIER * rates.legalOtherBp
}

export function isAgreedRate(policy: RatePolicy): boolean {
  return policy.kind !== 'legal'
}
