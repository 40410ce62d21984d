import type { PlanFrequency } from '../../../src-shared/contract/plans'
import type { IsoDate } from '../../../src-shared/dates'

/** A row the user changed in the editor (sequence 1, 2…): its date, its amount, or both. */
export interface ScheduleEdit {
  sequence: number
  date?: IsoDate | undefined
  amountCents?: number | undefined
}

/** What a schedule is built from, once the covered total is known. */
export interface ScheduleTerms {
  /** What the rows add up to, down payment included. */
  coveredCents: number
  downPaymentCents: number
  /** Absent: the plan's date. */
  downPaymentDate?: IsoDate | undefined
  /** Exactly one of the two (free dates may give neither: one instalment per date). */
  instalmentCount?: number | undefined
  instalmentCents?: number | undefined
  frequency: PlanFrequency
  firstDate: IsoDate
  /** Monthly only; absent: the first date's day. */
  dayOfMonth?: number | undefined
  /** Free dates only: one per instalment, the first date first. */
  dates?: readonly IsoDate[] | undefined
  edits: readonly ScheduleEdit[]
  /** The plan's date. */
  asOf: IsoDate
  /** An instalment below it is warned about; 0: no floor. */
  floorCents: number
}

/** Most instalments a plan may have (the contract's bound). */
export const MAX_INSTALMENTS = 600
