import { daysBetween, toDayNumber } from '../../../src-shared/dates'
import { reminderDedupKey } from './dedup-key'
import { promiseOutcome } from './promise-outcome'
import type {
  DunningClient,
  DunningInput,
  DunningInvoice,
  DunningPlan,
  DunningProposal,
  DunningSkip,
  DunningStep,
  OpenPromise,
  PastAction,
  SkipReason,
} from './types'

/** What the history says about one client. */
interface ClientHistory {
  /** The last day the client was contacted or a call to it attempted. */
  lastContact: string | null
  /** The last contact was a call nobody answered: it is retried sooner than the usual gap. */
  lastWasNoAnswer: boolean
  /** The last day a step was passed over by hand: nothing else is proposed that day. */
  lastSkip: string | null
  noAnswers: Map<number, number>
}

interface History {
  /** The furthest step position each invoice has been through. */
  reached: Map<number, number>
  clients: Map<number, ClientHistory>
}

function readHistory(actions: readonly PastAction[]): History {
  const reached = new Map<number, number>()
  const clients = new Map<number, ClientHistory>()
  for (const action of actions) {
    let client = clients.get(action.clientId)
    if (!client) {
      client = { lastContact: null, lastWasNoAnswer: false, lastSkip: null, noAnswers: new Map() }
      clients.set(action.clientId, client)
    }
    if (action.outcome === 'skipped') {
      if (client.lastSkip === null || action.date > client.lastSkip) client.lastSkip = action.date
    } else if (client.lastContact === null || action.date > client.lastContact) {
      client.lastContact = action.date
      client.lastWasNoAnswer = action.outcome === 'no_answer'
    } else if (action.date === client.lastContact && action.outcome === 'contact') {
      // A call unanswered and a letter the same day: the letter sets the gap.
      client.lastWasNoAnswer = false
    }
    if (action.outcome === 'no_answer') {
      client.noAnswers.set(action.stepPosition, (client.noAnswers.get(action.stepPosition) ?? 0) + 1)
      continue
    }
    for (const { invoiceId, stepPosition } of action.invoices) {
      if (stepPosition > (reached.get(invoiceId) ?? 0)) reached.set(invoiceId, stepPosition)
    }
  }
  return { reached, clients }
}

/**
 * The step an invoice goes through next: the one after the furthest it has been through.
 * Courtesy steps (level 0) only apply before the due date: an invoice already late, even
 * one just imported with no history, starts at the first reminder after the due date.
 */
function nextStep(steps: readonly DunningStep[], reached: number, overdue: boolean): DunningStep | undefined {
  return steps.find((step) => step.position > reached && !(overdue && step.level === 0))
}

/** The furthest position a level set by hand stands for: every step up to that level passed. */
function positionOfLevel(steps: readonly DunningStep[], level: number): number {
  let position = 0
  for (const step of steps) if (step.level > 0 && step.level <= level) position = Math.max(position, step.position)
  return position
}

/** Day numbers of due dates, read once per date: a ledger has far fewer due dates than invoices. */
const dayNumbers = new Map<string, number>()
function dayOf(date: string): number {
  let day = dayNumbers.get(date)
  if (day === undefined) {
    day = toDayNumber(date)
    if (dayNumbers.size > 100_000) dayNumbers.clear()
    dayNumbers.set(date, day)
  }
  return day
}

interface DueInvoice {
  invoice: DunningInvoice
  step: DunningStep
  daysLate: number
}

/** Why an invoice with a step due is left out of today's action, or null when it is not. */
function invoiceBlock(invoice: DunningInvoice, promised: (invoiceId: number) => boolean): SkipReason | null {
  if (invoice.excluded) return 'excluded'
  if (invoice.disputed) return 'disputed'
  if (invoice.underPlan) return 'plan'
  if (promised(invoice.id)) return 'promise'
  return null
}

/**
 * The steps the user may word the action at instead (« changer d'étape »): from the
 * lowest step an invoice is due for, never beyond a step some invoice has reached, and
 * never past a required step any invoice has not been through.
 */
function stepChoices(steps: readonly DunningStep[], due: readonly DueInvoice[]): number[] {
  const courtesy = due[0]?.step.level === 0
  const lowest = Math.min(...due.map((d) => d.step.position))
  const mostLate = Math.max(...due.map((d) => d.daysLate))
  let bound = Infinity
  for (const { step } of due) {
    const required = steps.find((s) => s.position >= step.position && s.required)
    if (required) bound = Math.min(bound, required.position)
  }
  return steps
    .filter((s) => s.position >= lowest && s.position <= bound && s.offsetDays <= mostLate && (s.level === 0) === courtesy)
    .map((s) => s.position)
}

function planClient(
  client: DunningClient,
  steps: readonly DunningStep[],
  scenarioId: number,
  history: History,
  input: DunningInput,
  promisedInvoices: ((invoiceId: number) => boolean) | null,
  skipped: DunningSkip[],
): DunningProposal | null {
  const { asOf, settings } = input
  const asOfDay = dayOf(asOf)
  const byHand = client.reachedByHand
  const handPosition = byHand ? positionOfLevel(steps, byHand.level) : 0
  const due: DueInvoice[] = []
  for (const invoice of client.invoices) {
    if (invoice.balanceCents <= 0) continue
    const daysLate = asOfDay - dayOf(invoice.dueDate)
    const fromHand = byHand && invoice.dueDate <= byHand.on ? handPosition : 0
    const reached = Math.max(history.reached.get(invoice.id) ?? 0, fromHand)
    const step = nextStep(steps, reached, daysLate > 0)
    if (step && daysLate >= step.offsetDays) due.push({ invoice, step, daysLate })
  }
  if (due.length === 0) return null

  const skipAll = (list: readonly DueInvoice[], reason: SkipReason) => {
    for (const { invoice } of list) skipped.push({ clientId: client.id, clientCode: client.code, invoiceId: invoice.id, number: invoice.number, reason })
  }
  if (client.stop && (client.stop.until === null || asOf <= client.stop.until)) {
    skipAll(due, 'stopped')
    return null
  }
  if (client.postponedUntil !== null && asOf < client.postponedUntil) {
    skipAll(due, 'postponed')
    return null
  }
  const past = history.clients.get(client.id)
  if (past?.lastSkip === asOf) return null
  if (past?.lastContact) {
    const gap = Math.max(1, past.lastWasNoAnswer ? settings.retryDays : settings.minGapDays)
    if (daysBetween(past.lastContact, asOf) < gap) return null
  }

  const open: DueInvoice[] = []
  for (const entry of due) {
    const reason = invoiceBlock(entry.invoice, promisedInvoices ?? (() => false))
    if (reason) skipAll([entry], reason)
    else open.push(entry)
  }
  // Late invoices are reminded together; a courtesy note waits when a reminder is due anyway.
  const late = open.filter((entry) => entry.daysLate > 0)
  const covered = late.length > 0 ? late : open
  if (covered.length === 0) return null
  const amountDueCents = covered.reduce((sum, entry) => sum + entry.invoice.balanceCents, 0)
  if (client.creditCents >= amountDueCents) {
    skipAll(covered, 'credit_covers')
    return null
  }
  const step = covered.reduce((highest, entry) => (entry.step.position > highest.position ? entry.step : highest), covered[0]!.step)
  if (amountDueCents < step.minAmountCents) {
    skipAll(covered, 'below_minimum')
    return null
  }
  covered.sort((a, b) => (a.invoice.dueDate < b.invoice.dueDate ? -1 : a.invoice.dueDate > b.invoice.dueDate ? 1 : a.invoice.id - b.invoice.id))
  const attempt = 1 + (past?.noAnswers.get(step.position) ?? 0)
  return {
    clientId: client.id,
    clientCode: client.code,
    clientName: client.name,
    scenarioId,
    step,
    invoices: covered.map(({ invoice, step: own, daysLate }) => ({
      invoiceId: invoice.id,
      number: invoice.number,
      dueDate: invoice.dueDate,
      balanceCents: invoice.balanceCents,
      daysLate,
      stepPosition: own.position,
    })),
    amountDueCents,
    lastContact: past?.lastContact ?? null,
    stepChoices: stepChoices(steps, covered),
    attempt,
    unansweredCalls: Object.fromEntries(past?.noAnswers ?? []),
    dedupKey: reminderDedupKey(client.id, step.id, covered.map((entry) => entry.invoice.id), attempt),
  }
}

/** Which of a client's invoices its pending promises cover; null when it has none. */
function promisesByClient(promises: readonly OpenPromise[], input: DunningInput, settled: DunningPlan['settledPromises']) {
  const pending = new Map<number, { all: boolean; invoices: Set<number> }>()
  for (const promise of promises) {
    const outcome = promiseOutcome(promise, input.asOf, input.settings.promiseGraceDays)
    if (outcome !== 'pending') {
      settled.push({ id: promise.id, outcome })
      continue
    }
    // A promise made after the as-of date does not exist yet on that date.
    if (promise.madeOn > input.asOf) continue
    let entry = pending.get(promise.clientId)
    if (!entry) {
      entry = { all: false, invoices: new Set() }
      pending.set(promise.clientId, entry)
    }
    if (promise.invoiceIds.length === 0) entry.all = true
    for (const id of promise.invoiceIds) entry.invoices.add(id)
  }
  return pending
}

const byCode = (a: { clientCode: string }, b: { clientCode: string }) => (a.clientCode < b.clientCode ? -1 : a.clientCode > b.clientCode ? 1 : 0)

/**
 * Today's reminders (DESIGN.md §4): from the state of the dossier on `asOf`, one proposal
 * per client at most, covering every invoice of it that reached a step, worded at the
 * highest step among them; and every invoice left out, with its reason. Pure and
 * deterministic: the same input gives the same plan in the same order.
 */
export function planDunning(input: DunningInput): DunningPlan {
  const scenarios = new Map(input.scenarios.map((scenario) => [scenario.id, [...scenario.steps].sort((a, b) => a.position - b.position)]))
  const history = readHistory(input.actions)
  const settledPromises: DunningPlan['settledPromises'] = []
  const promised = promisesByClient(input.promises, input, settledPromises)
  const proposals: DunningProposal[] = []
  const skipped: DunningSkip[] = []
  for (const client of input.clients) {
    if (client.scenarioId === null) continue
    const steps = scenarios.get(client.scenarioId)
    if (!steps || steps.length === 0) continue
    const promise = promised.get(client.id)
    const isPromised = promise ? (invoiceId: number) => promise.all || promise.invoices.has(invoiceId) : null
    const proposal = planClient(client, steps, client.scenarioId, history, input, isPromised, skipped)
    if (proposal) proposals.push(proposal)
  }
  proposals.sort((a, b) => b.step.level - a.step.level || b.amountDueCents - a.amountDueCents || byCode(a, b))
  skipped.sort((a, b) => byCode(a, b) || (a.number < b.number ? -1 : a.number > b.number ? 1 : 0))
  settledPromises.sort((a, b) => a.id - b.id)
  return { asOf: input.asOf, proposals, skipped, settledPromises }
}

/**
 * Where each invoice of a proposal stands once it is recorded: at its own step as proposed,
 * or at the step the user chose instead (a firmer letter moves every invoice it covers on).
 */
export function recordedPositions(proposal: DunningProposal, chosenPosition: number): Array<{ invoiceId: number; stepPosition: number }> {
  return proposal.invoices.map((invoice) => ({
    invoiceId: invoice.invoiceId,
    stepPosition: chosenPosition === proposal.step.position ? invoice.stepPosition : chosenPosition,
  }))
}
