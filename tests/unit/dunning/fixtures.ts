import { addDays, type IsoDate } from '../../../src-shared/dates'
import {
  DEFAULT_DUNNING_SETTINGS,
  DEFAULT_SCENARIOS,
  type DunningClient,
  type DunningInput,
  type DunningInvoice,
  type DunningPlan,
  type DunningScenario,
  type PastAction,
} from '../../../src-main/domain/dunning'

/** The shipped « Professionnels — standard » scenario, with ids 11…16 for positions 1…6. */
export const STANDARD: DunningScenario = {
  id: 1,
  name: DEFAULT_SCENARIOS[0]!.name,
  steps: DEFAULT_SCENARIOS[0]!.steps.map((step, i) => ({ ...step, id: 11 + i, position: i + 1 })),
}

export const TODAY: IsoDate = '2026-11-23'

let nextInvoiceId = 1000

/** An open invoice due `daysLate` days before TODAY (negative: not yet due). */
export function invoice(daysLate: number, balanceCents = 100_000, extra: Partial<DunningInvoice> = {}): DunningInvoice {
  nextInvoiceId += 1
  return {
    id: nextInvoiceId,
    number: `F${nextInvoiceId}`,
    dueDate: addDays(TODAY, -daysLate),
    balanceCents,
    excluded: false,
    disputed: false,
    underPlan: false,
    ...extra,
  }
}

export function client(id: number, invoices: DunningInvoice[], extra: Partial<DunningClient> = {}): DunningClient {
  return {
    id,
    code: `C${String(id).padStart(4, '0')}`,
    name: `Client ${id}`,
    scenarioId: STANDARD.id,
    stop: null,
    postponedUntil: null,
    reachedByHand: null,
    creditCents: 0,
    invoices,
    ...extra,
  }
}

export function input(clients: DunningClient[], extra: Partial<DunningInput> = {}): DunningInput {
  return { asOf: TODAY, scenarios: [STANDARD], clients, actions: [], promises: [], settings: DEFAULT_DUNNING_SETTINGS, ...extra }
}

/** The history a validation of every proposal of `plan` would leave. */
export function validated(plan: DunningPlan): PastAction[] {
  return plan.proposals.map((proposal) => ({
    clientId: proposal.clientId,
    date: plan.asOf,
    stepPosition: proposal.step.position,
    outcome: 'contact',
    invoices: proposal.invoices.map((i) => ({ invoiceId: i.invoiceId, stepPosition: i.stepPosition })),
  }))
}

/** A past contact with one client at one step, covering the given invoices at that step. */
export function contact(clientId: number, date: IsoDate, stepPosition: number, invoices: DunningInvoice[]): PastAction {
  return { clientId, date, stepPosition, outcome: 'contact', invoices: invoices.map((i) => ({ invoiceId: i.id, stepPosition })) }
}
