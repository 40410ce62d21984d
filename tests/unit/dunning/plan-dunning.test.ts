import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src-shared/dates'
import { planDunning, promiseOutcome, recordedPositions, reminderDedupKey, type DunningPlan, type OpenPromise, type PastAction } from '../../../src-main/domain/dunning'
import { STANDARD, TODAY, client, contact, input, invoice, validated } from './fixtures'

const positions = (plan: DunningPlan) => plan.proposals.map((p) => [p.clientCode, p.step.position])
const reasons = (plan: DunningPlan) => plan.skipped.map((s) => [s.number, s.reason])

describe('planDunning: where a client starts', () => {
  it('starts a just-imported ledger at the first reminder after the due date, never at a formal notice', () => {
    const old = [invoice(8), invoice(60), invoice(400)]
    // 3 days late: it has reached no step yet, so the action leaves it out.
    const plan = planDunning(input([client(1, [...old, invoice(3)])]))
    expect(plan.proposals).toHaveLength(1)
    const [proposal] = plan.proposals
    expect(proposal!.step).toMatchObject({ position: 2, level: 1, channel: 'email', templateCode: 'email-relance-1' })
    expect(proposal!.invoices.map((i) => i.invoiceId)).toEqual([old[2]!.id, old[1]!.id, old[0]!.id])
    expect(proposal!.amountDueCents).toBe(300_000)
    expect(proposal!.lastContact).toBeNull()
  })

  it('waits for the first reminder until the invoice is 7 days late', () => {
    expect(planDunning(input([client(1, [invoice(6)])])).proposals).toEqual([])
    expect(positions(planDunning(input([client(1, [invoice(7)])])))).toEqual([['C0001', 2]])
  })

  it('sends a courtesy reminder from 5 days before the due date, and only before it', () => {
    expect(planDunning(input([client(1, [invoice(-6)])])).proposals).toEqual([])
    const plan = planDunning(input([client(1, [invoice(-5)])]))
    expect(plan.proposals[0]!.step).toMatchObject({ level: 0, templateCode: 'email-relance-courtoisie' })
    // Due today (0 days late): still a courtesy; 1 to 6 days late: nothing (no courtesy once late).
    expect(positions(planDunning(input([client(1, [invoice(0)])])))).toEqual([['C0001', 1]])
    expect(planDunning(input([client(1, [invoice(1)])])).proposals).toEqual([])
  })

  it('leaves a courtesy note out of an action that reminds late invoices', () => {
    const late = invoice(10)
    const soon = invoice(-2)
    const plan = planDunning(input([client(1, [late, soon])]))
    expect(plan.proposals[0]!.invoices.map((i) => i.invoiceId)).toEqual([late.id])
    expect(plan.proposals[0]!.step.level).toBe(1)
  })

  it('continues from a level set by hand for the invoices due by then', () => {
    const known = invoice(80)
    const newer = invoice(10)
    const reachedByHand = { level: 2, on: addDays(TODAY, -30) }
    const plan = planDunning(input([client(1, [known, newer], { reachedByHand })]))
    // Level 2 is position 3 (second reminder): the known invoice goes on to the phone call.
    expect(plan.proposals[0]!.step.position).toBe(4)
    expect(plan.proposals[0]!.invoices.map((i) => [i.invoiceId, i.stepPosition])).toEqual([
      [known.id, 4],
      [newer.id, 2],
    ])
  })

  it('proposes nothing to a client without a scenario or with an empty one', () => {
    const scenarios = [STANDARD, { id: 2, name: 'Vide', steps: [] }]
    const plan = planDunning(input([client(1, [invoice(30)], { scenarioId: null }), client(2, [invoice(30)], { scenarioId: 2 })], { scenarios }))
    expect(plan.proposals).toEqual([])
  })
})

describe('planDunning: levels advance one step at a time', () => {
  it('after three weeks with the PC off, proposes the next step, not a burst of the missed ones', () => {
    const inv = invoice(40)
    const actions = [contact(1, addDays(TODAY, -21), 2, [inv])]
    const plan = planDunning(input([client(1, [inv])], { actions }))
    expect(positions(plan)).toEqual([['C0001', 3]])
  })

  it('walks a late invoice through every step in order, each at least the gap apart', () => {
    const inv = invoice(0)
    const days: Array<[number, number]> = []
    let actions: PastAction[] = []
    for (let day = -10; day <= 120; day++) {
      const asOf = addDays(TODAY, day)
      const plan = planDunning(input([client(1, [{ ...inv }])], { asOf, actions }))
      for (const proposal of plan.proposals) days.push([day, proposal.step.position])
      actions = [...actions, ...validated(plan)]
    }
    expect(days).toEqual([
      [-5, 1],
      [7, 2],
      [15, 3],
      [25, 4],
      [35, 5],
      [50, 6],
    ])
  })

  it('never lets the step be changed past a required step', () => {
    const inv = invoice(90)
    const actions = [contact(1, addDays(TODAY, -30), 3, [inv])]
    const [proposal] = planDunning(input([client(1, [inv])], { actions })).proposals
    expect(proposal!.step.position).toBe(4)
    // 5 (formal notice) is required: 6 (last notice) cannot be chosen before it is sent.
    expect(proposal!.stepChoices).toEqual([4, 5])
  })

  it('offers only steps the invoices are late enough for', () => {
    const inv = invoice(16)
    const [proposal] = planDunning(input([client(1, [inv])])).proposals
    expect(proposal!.stepChoices).toEqual([2, 3])
  })

  it('stays at a required step while it is not sent', () => {
    const inv = invoice(300)
    const actions = [contact(1, addDays(TODAY, -100), 4, [inv])]
    expect(positions(planDunning(input([client(1, [inv])], { actions })))).toEqual([['C0001', 5]])
  })

  it('groups invoices at different steps into one action worded at the highest', () => {
    const a = invoice(45)
    const b = invoice(20)
    const c = invoice(8)
    const actions = [contact(1, addDays(TODAY, -10), 3, [a]), contact(1, addDays(TODAY, -12), 2, [b])]
    const plan = planDunning(input([client(1, [a, b, c])], { actions }))
    expect(plan.proposals).toHaveLength(1)
    const [proposal] = plan.proposals
    expect(proposal!.step.position).toBe(4)
    expect(proposal!.invoices.map((i) => [i.invoiceId, i.stepPosition])).toEqual([
      [a.id, 4],
      [b.id, 3],
      [c.id, 2],
    ])
    expect(proposal!.lastContact).toBe(addDays(TODAY, -10))
    // Recorded as proposed, each invoice moves one step; a firmer step chosen moves them all to it.
    expect(recordedPositions(proposal!, 4)).toEqual([
      { invoiceId: a.id, stepPosition: 4 },
      { invoiceId: b.id, stepPosition: 3 },
      { invoiceId: c.id, stepPosition: 2 },
    ])
    expect(recordedPositions(proposal!, 5).map((r) => r.stepPosition)).toEqual([5, 5, 5])
  })
})

describe('planDunning: the minimum gap between two contacts', () => {
  it('waits 7 days after the last contact by default', () => {
    const a = invoice(30)
    const b = invoice(10)
    const at = (days: number) => [contact(1, addDays(TODAY, -days), 2, [a])]
    expect(planDunning(input([client(1, [a, b])], { actions: at(6) })).proposals).toEqual([])
    expect(positions(planDunning(input([client(1, [a, b])], { actions: at(7) })))).toEqual([['C0001', 3]])
  })

  it('follows the gap set for the dossier', () => {
    const a = invoice(30)
    const settings = { minGapDays: 10, promiseGraceDays: 3, retryDays: 3 }
    const actions = [contact(1, addDays(TODAY, -9), 2, [a])]
    expect(planDunning(input([client(1, [a])], { actions, settings })).proposals).toEqual([])
    expect(planDunning(input([client(1, [a])], { actions, settings, asOf: addDays(TODAY, 1) })).proposals).toHaveLength(1)
  })

  it('never proposes two actions to a client the same day, even with a gap of 0', () => {
    const a = invoice(30)
    const settings = { minGapDays: 0, promiseGraceDays: 3, retryDays: 0 }
    const actions = [contact(1, TODAY, 2, [a])]
    expect(planDunning(input([client(1, [a, invoice(8)])], { actions, settings })).proposals).toEqual([])
  })

  it('retries an unanswered call after 3 days, as a second attempt with its own key', () => {
    const a = invoice(40)
    const noAnswer: PastAction = { clientId: 1, date: addDays(TODAY, -3), stepPosition: 4, outcome: 'no_answer', invoices: [{ invoiceId: a.id, stepPosition: 4 }] }
    const actions = [contact(1, addDays(TODAY, -20), 3, [a]), noAnswer]
    const [proposal] = planDunning(input([client(1, [a])], { actions })).proposals
    expect(proposal!.step.position).toBe(4)
    expect(proposal!.attempt).toBe(2)
    expect(proposal!.dedupKey).toBe(reminderDedupKey(1, 14, [a.id], 2))
    expect(proposal!.dedupKey).not.toBe(reminderDedupKey(1, 14, [a.id]))
    const yesterday = [contact(1, addDays(TODAY, -20), 3, [a]), { ...noAnswer, date: addDays(TODAY, -2) }]
    expect(planDunning(input([client(1, [a])], { actions: yesterday })).proposals).toEqual([])
  })

  it('proposes nothing more to a client on the day one of its steps was skipped by hand', () => {
    const a = invoice(30)
    const skippedToday: PastAction = { clientId: 1, date: TODAY, stepPosition: 2, outcome: 'skipped', invoices: [{ invoiceId: a.id, stepPosition: 2 }] }
    expect(planDunning(input([client(1, [a])], { actions: [skippedToday] })).proposals).toEqual([])
    const tomorrow = planDunning(input([client(1, [a])], { actions: [skippedToday], asOf: addDays(TODAY, 1) }))
    expect(positions(tomorrow)).toEqual([['C0001', 3]])
  })
})

describe('planDunning: what is skipped, and why', () => {
  it('skips a disputed invoice, an invoice under a plan and an excluded one, and reminds the rest', () => {
    const disputed = invoice(30, 100, { disputed: true })
    const planned = invoice(30, 100, { underPlan: true })
    const excluded = invoice(30, 100, { excluded: true })
    const plain = invoice(30)
    const plan = planDunning(input([client(1, [disputed, planned, excluded, plain])]))
    expect(plan.proposals[0]!.invoices.map((i) => i.invoiceId)).toEqual([plain.id])
    expect(reasons(plan)).toEqual([
      [disputed.number, 'disputed'],
      [planned.number, 'plan'],
      [excluded.number, 'excluded'],
    ])
  })

  it('does not list invoices that have no step due today', () => {
    const plan = planDunning(input([client(1, [invoice(3, 100, { disputed: true })])]))
    expect(plan.skipped).toEqual([])
  })

  it('skips a stopped client until the end of its stop', () => {
    const inv = invoice(30)
    const stop = { until: addDays(TODAY, 2) }
    expect(reasons(planDunning(input([client(1, [inv], { stop })])))).toEqual([[inv.number, 'stopped']])
    expect(reasons(planDunning(input([client(1, [inv], { stop: { until: null } })])))).toEqual([[inv.number, 'stopped']])
    expect(planDunning(input([client(1, [inv], { stop })], { asOf: addDays(TODAY, 3) })).proposals).toHaveLength(1)
  })

  it('skips a postponed client until the date chosen', () => {
    const inv = invoice(30)
    const postponedUntil = addDays(TODAY, 4)
    expect(reasons(planDunning(input([client(1, [inv], { postponedUntil })])))).toEqual([[inv.number, 'postponed']])
    expect(planDunning(input([client(1, [inv], { postponedUntil })], { asOf: postponedUntil })).proposals).toHaveLength(1)
  })

  it("skips a step when the overdue amount is under the step's minimum", () => {
    const scenario = { ...STANDARD, steps: STANDARD.steps.map((s) => (s.position === 2 ? { ...s, minAmountCents: 5000 } : s)) }
    const small = invoice(10, 4999)
    expect(reasons(planDunning(input([client(1, [small])], { scenarios: [scenario] })))).toEqual([[small.number, 'below_minimum']])
    expect(planDunning(input([client(1, [invoice(10, 5000)])], { scenarios: [scenario] })).proposals).toHaveLength(1)
  })

  it('skips a client whose unallocated credits cover what is overdue', () => {
    const inv = invoice(10, 20_000)
    expect(reasons(planDunning(input([client(1, [inv], { creditCents: 20_000 })])))).toEqual([[inv.number, 'credit_covers']])
    expect(planDunning(input([client(1, [inv], { creditCents: 19_999 })])).proposals).toHaveLength(1)
  })
})

describe('planDunning: promises to pay', () => {
  const promise = (extra: Partial<OpenPromise>): OpenPromise => ({
    id: 7,
    clientId: 1,
    madeOn: addDays(TODAY, -5),
    promisedDate: addDays(TODAY, 5),
    amountCents: 100_000,
    invoiceIds: [],
    paidCents: 0,
    ...extra,
  })

  it('keeps the client out of the queue until the promised date plus 3 days of grace', () => {
    const inv = invoice(30)
    const pending = promise({})
    expect(reasons(planDunning(input([client(1, [inv])], { promises: [pending] })))).toEqual([[inv.number, 'promise']])
    const lastGraceDay = addDays(pending.promisedDate, 3)
    expect(planDunning(input([client(1, [inv])], { promises: [pending], asOf: lastGraceDay })).proposals).toEqual([])
  })

  it('brings the client back at the step it had reached when the promise is broken', () => {
    const inv = invoice(30)
    const actions = [contact(1, addDays(TODAY, -5), 3, [inv])]
    const asOf = addDays(TODAY, 9)
    const plan = planDunning(input([client(1, [inv])], { promises: [promise({})], actions, asOf }))
    expect(plan.settledPromises).toEqual([{ id: 7, outcome: 'broken' }])
    expect(positions(plan)).toEqual([['C0001', 4]])
  })

  it('records a promise as kept once payments cover it', () => {
    const rest = invoice(30, 5000)
    const plan = planDunning(input([client(1, [rest])], { promises: [promise({ paidCents: 100_000 })] }))
    expect(plan.settledPromises).toEqual([{ id: 7, outcome: 'kept' }])
    expect(plan.proposals).toHaveLength(1)
  })

  it('covers only the invoices it names', () => {
    const promised = invoice(30)
    const other = invoice(30)
    const plan = planDunning(input([client(1, [promised, other])], { promises: [promise({ invoiceIds: [promised.id] })] }))
    expect(plan.proposals[0]!.invoices.map((i) => i.invoiceId)).toEqual([other.id])
    expect(reasons(plan)).toEqual([[promised.number, 'promise']])
  })

  it('judges a promise by its amount, date and grace', () => {
    const base = { promisedDate: '2026-11-10', amountCents: 1000, paidCents: 0 }
    expect(promiseOutcome(base, '2026-11-13', 3)).toBe('pending')
    expect(promiseOutcome(base, '2026-11-14', 3)).toBe('broken')
    expect(promiseOutcome({ ...base, paidCents: 999 }, '2026-11-14', 3)).toBe('broken')
    expect(promiseOutcome({ ...base, paidCents: 1000 }, '2026-11-01', 3)).toBe('kept')
  })
})

describe('planDunning: deterministic and idempotent', () => {
  const ledger = () => [
    client(3, [invoice(40, 500), invoice(12)]),
    client(1, [invoice(20, 70_000)]),
    client(2, [invoice(-4)]),
    client(4, [invoice(33, 70_000)]),
  ]

  it('gives the same plan in the same order, whatever the order of the clients', () => {
    const clients = ledger()
    const once = planDunning(input(clients))
    expect(planDunning(input(clients))).toEqual(once)
    expect(planDunning(input([...clients].reverse()))).toEqual(once)
    // Firmest first, then largest amount, then client code.
    expect(once.proposals.map((p) => p.clientCode)).toEqual(['C0003', 'C0001', 'C0004', 'C0002'])
  })

  it('proposes nothing new the same day once the proposals are validated', () => {
    const clients = ledger()
    const first = planDunning(input(clients))
    expect(first.proposals).toHaveLength(4)
    expect(planDunning(input(clients, { actions: validated(first) })).proposals).toEqual([])
  })

  it('keys an action by client, step and invoice set', () => {
    const [proposal] = planDunning(input([client(9, [invoice(10)])])).proposals
    expect(proposal!.dedupKey).toBe(reminderDedupKey(9, STANDARD.steps[1]!.id, [proposal!.invoices[0]!.invoiceId]))
    expect(reminderDedupKey(9, 12, [3, 1, 2])).toBe('c9|s12|i1,2,3')
  })
})
