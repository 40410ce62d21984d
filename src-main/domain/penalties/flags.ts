import type { IsoDate } from '../../../src-shared/dates'

/**
 * Facts about the claim itself, beside the computation: shown on the client file and
 * the aged balance so the accountant acts in time (DESIGN §4).
 */
export type PenaltyFlag =
  | { code: 'PRESCRIPTION_APPROACHING' | 'PRESCRIPTION_EXPIRED'; message: string; expiresOn: IsoDate }
  | { code: 'PAYMENT_TERMS_BEYOND_CAP'; message: string; latestLegalDueDate: IsoDate }
