import type { ProposedInvoiceView, ReminderChannel, SkipReason } from '../../../src-shared/contract/dunning'
import type { IsoDate } from '../../../src-shared/dates'

export type { ReminderChannel, SkipReason }

/** One step of a scenario, as the engine reads it (DESIGN.md §4). */
export interface DunningStep {
  id: number
  /** 1, 2, 3… in the scenario's order. */
  position: number
  /** Days after the due date; negative for a courtesy reminder before it. */
  offsetDays: number
  channel: ReminderChannel
  /** 0 for a courtesy step, then 1, 2, 3…: how firm the wording is. */
  level: number
  /** The agreed template code the letters issue renders (`relance-1`, `mise-en-demeure`…). */
  templateCode: string
  label: string
  /** The step is not proposed when the client's overdue amount it would cover is below this. */
  minAmountCents: number
  includePenalties: boolean
  /** A required step can never be jumped over, not even by changing the proposed step. */
  required: boolean
}

export interface DunningScenario {
  id: number
  name: string
  /** Ordered by position. */
  steps: DunningStep[]
}

/** An open invoice of a client, with what keeps it out of reminders. */
export interface DunningInvoice {
  id: number
  number: string
  dueDate: IsoDate
  /** What is still owed on it, in cents (> 0 for an open invoice). */
  balanceCents: number
  /** Excluded from reminders by hand. */
  excluded: boolean
  /** Under an open dispute (litige). */
  disputed: boolean
  /** Covered by an active payment plan (échéancier). */
  underPlan: boolean
}

export interface DunningClient {
  id: number
  code: string
  name: string
  /** The scenario the client follows (its own, else its segment's, else the dossier's); null: none. */
  scenarioId: number | null
  /** « Client bloqué en relance »: from the stop until `until` included, or for good when `until` is null. */
  stop: { until: IsoDate | null } | null
  /** A proposal postponed by hand: nothing before this date. */
  postponedUntil: IsoDate | null
  /**
   * The level the client had reached before Encaisse (set by hand, e.g. « déjà relancé deux
   * fois » in Excel): invoices due by `on` count as having passed every step up to that level.
   */
  reachedByHand: { level: number; on: IsoDate } | null
  /** Unallocated payments and unused credit notes, in cents. */
  creditCents: number
  invoices: DunningInvoice[]
}

/**
 * A reminder already recorded. `contact`: validated, printed, sent or done (the client was
 * or will be contacted); `skipped`: the step was passed over by hand; `no_answer`: a call
 * nobody answered, which does not move the invoices on and is retried.
 */
export interface PastAction {
  clientId: number
  date: IsoDate
  stepPosition: number
  outcome: 'contact' | 'skipped' | 'no_answer'
  /** Each invoice covered, at the position of its own step (an action groups invoices at several steps). */
  invoices: Array<{ invoiceId: number; stepPosition: number }>
}

/** A promise to pay not yet marked kept or broken. */
export interface OpenPromise {
  id: number
  clientId: number
  madeOn: IsoDate
  promisedDate: IsoDate
  amountCents: number
  /** The invoices it covers; empty: all of the client's. */
  invoiceIds: number[]
  /** Payments received from the client from `madeOn` to `promisedDate` + grace, in cents. */
  paidCents: number
}

export interface DunningSettings {
  /** Minimum days between two contacts with the same client (at least 1: one action a day). */
  minGapDays: number
  /** Days after a promise's date before a client who has not paid returns to the queue. */
  promiseGraceDays: number
  /** Days before an unanswered call is proposed again. */
  retryDays: number
}

export const DEFAULT_DUNNING_SETTINGS: DunningSettings = { minGapDays: 7, promiseGraceDays: 3, retryDays: 3 }

export interface DunningInput {
  asOf: IsoDate
  scenarios: DunningScenario[]
  clients: DunningClient[]
  actions: PastAction[]
  promises: OpenPromise[]
  settings: DunningSettings
}

/** A covered invoice, at its own step (the action is worded at the highest of them). */
export type ProposedInvoice = ProposedInvoiceView

/** Today's proposal for one client: one action covering all its invoices that reached a step. */
export interface DunningProposal {
  clientId: number
  clientCode: string
  clientName: string
  scenarioId: number
  step: DunningStep
  invoices: ProposedInvoice[]
  amountDueCents: number
  /** The last contact with the client (validated, sent or done action), if any. */
  lastContact: IsoDate | null
  /** Positions the user may choose instead (« changer d'étape »): never past a required step. */
  stepChoices: number[]
  /** 1, then 2… when a call went unanswered and is tried again. */
  attempt: number
  /** Unanswered calls to the client so far, by step position: a step chosen instead is keyed by its own attempt. */
  unansweredCalls: Record<number, number>
  dedupKey: string
}

/** An invoice that reached a step today but is not in any proposal, and why. */
export interface DunningSkip {
  clientId: number
  clientCode: string
  invoiceId: number
  number: string
  reason: SkipReason
}

export type PromiseOutcome = 'pending' | 'kept' | 'broken'

export interface DunningPlan {
  asOf: IsoDate
  proposals: DunningProposal[]
  skipped: DunningSkip[]
  /** Open promises that are no longer pending on that date, to be recorded as kept or broken. */
  settledPromises: Array<{ id: number; outcome: Exclude<PromiseOutcome, 'pending'> }>
}
