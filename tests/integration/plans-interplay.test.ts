import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PenaltyChoice } from '../../src-shared/contract/plans'
import type { ClientStatement } from '../../src-shared/contract/penalties'
import { formatEuros } from '../../src-shared/money'
import { createTestCore, type TestCore } from '../helpers/test-core'

/**
 * A plan made on 11 January 2027 for two overdue invoices, in three monthly instalments of
 * 500 €; the client pays the first and misses the second (5 March): with 5 days of grace and
 * 15 more the plan holds until 25 March and is broken on the 26th.
 */
const TODAY = '2027-06-30'
const PLAN_DATE = '2027-01-11'
const BROKEN_ON = '2027-03-26'
let core: TestCore
let clientId: number

beforeEach(async () => {
  core = createTestCore({ today: TODAY })
  clientId = (await core.ok('clients.create', { code: '411DUPRE', name: 'Établissements Dupré', kind: 'pro', emails: 'compta@dupre.fr' })).id
  for (const [number, dueDate, amountCents] of [['F1', '2026-11-15', 100_000], ['F2', '2026-12-10', 50_000]] as const) {
    await core.ok('invoices.create', { clientId, number, issueDate: '2026-10-01', dueDate, amountCents })
  }
})
afterEach(() => core.dispose())

/** The plan accepted on its date and its first instalment paid on time; returns its id and that instalment's amount. */
async function keptThenBrokenPlan(penalties: PenaltyChoice): Promise<{ id: number; first: number; covered: number }> {
  const { id } = await core.ok('plans.create', { clientId, instalmentCount: 3, firstDate: '2027-02-05', asOf: PLAN_DATE, penalties })
  await core.ok('plans.accept', { planId: id, acceptedOn: PLAN_DATE })
  const plan = await core.ok('plans.get', { planId: id, asOf: PLAN_DATE })
  const first = plan.instalments[0]!.amountCents
  await core.ok('payments.record', { clientId, date: '2027-02-05', amountCents: first, method: 'virement' })
  return { id, first, covered: plan.coveredCents }
}

const statement = (asOf: string) => core.ok('penalties.clientStatement', { clientId, asOf })
const periodsOf = (s: ClientStatement) => s.invoices.map((i) => i.periods.map((p) => [p.from, p.to, p.baseCents]))

describe('penalties under a plan, before, during and after its breach', () => {
  it.each(['freeze', 'include', 'waive'] as const)('%s', async (choice) => {
    const atPlanDate = await statement(PLAN_DATE)
    expect(atPlanDate.indemnityCents).toBe(8000)
    const { first } = await keptThenBrokenPlan(choice)
    // Included penalties make the instalments larger: 1 500 € plus the interest and indemnities on the plan date.
    expect(first).toBe(choice === 'include' ? Math.floor((150_000 + atPlanDate.interestCents + 8000) / 3) : 50_000)

    const before = await statement('2027-01-05')
    expect(before.warnings.some((w) => w.includes('échéancier'))).toBe(false)

    const during = await statement('2027-03-01')
    const claimed = choice === 'freeze'
    expect([during.interestCents, during.indemnityCents]).toEqual(claimed ? [atPlanDate.interestCents, 8000] : [0, 0])
    expect(during.warnings).toContain(
      {
        freeze: 'Pénalités gelées pendant l’échéancier du 11/01/2027 : intérêts arrêtés au 11/01/2027.',
        include: 'Pénalités au 11/01/2027 incluses dans l’échéancier du 11/01/2027 : plus d’intérêts tant qu’il est respecté.',
        waive: 'Pénalités abandonnées pendant l’échéancier du 11/01/2027 : rien n’est réclamé tant qu’il est respecté.',
      }[choice],
    )
    expect(during.principalCents).toBe(150_000 - first)

    const after = await statement('2027-04-30')
    // From the breach, interest runs again on what is still unpaid: F1 partly paid by the first instalment.
    const resumed = after.invoices.flatMap((i) => i.periods.filter((p) => p.from >= BROKEN_ON))
    expect(resumed.map((p) => [p.from, p.to, p.baseCents])).toEqual([
      [BROKEN_ON, '2027-04-30', 100_000 - first],
      [BROKEN_ON, '2027-04-30', 50_000],
    ])
    expect(after.invoices.flatMap((i) => i.periods).some((p) => p.from > PLAN_DATE && p.from < BROKEN_ON)).toBe(false)
    const fromBreach = resumed.reduce((sum, p) => sum + p.amountCents, 0)
    const revived = choice !== 'waive'
    expect(after.interestCents).toBe((revived ? atPlanDate.interestCents : 0) + fromBreach)
    expect(after.indemnityCents).toBe(revived ? 8000 : 0)
    expect(after.warnings.find((w) => w.startsWith('L’échéancier du 11/01/2027 rompu le 26/03/2027'))).toBeDefined()
    expect(periodsOf(after)[0]![0]).toEqual(revived ? ['2026-11-16', expect.any(String), 100_000] : [BROKEN_ON, '2027-04-30', 100_000 - first])

    const invoice = await core.ok('penalties.invoiceStatement', { invoiceId: after.invoices[0]!.invoiceId, asOf: '2027-04-30' })
    expect(invoice.statement?.interestCents).toBe(after.invoices[0]!.interestCents)
  })
})

describe('penalties once a plan is cancelled or renegotiated', () => {
  it('a plan cancelled after its breach: interest runs again from the breach, not from the cancellation', async () => {
    const { id } = await keptThenBrokenPlan('freeze')
    await core.ok('plans.cancel', { planId: id, reason: 'Client injoignable' })
    const after = await statement('2027-04-30')
    expect(after.invoices.flatMap((i) => i.periods.filter((p) => p.from > PLAN_DATE)).map((p) => p.from)).toEqual([BROKEN_ON, BROKEN_ON])
    expect(core.session.current.sqlite.prepare('SELECT status, broken_on AS b, cancelled_on AS c FROM payment_plans').get()).toEqual({ status: 'cancelled', b: BROKEN_ON, c: TODAY })
  })

  it('a plan renegotiated while kept: interest suspended until the new plan, which then decides', async () => {
    const { id } = await keptThenBrokenPlan('freeze')
    await core.ok('payments.record', { clientId, date: '2027-03-05', amountCents: 50_000, method: 'virement' })
    const { id: renewed } = await core.ok('plans.create', { clientId, instalmentCount: 2, firstDate: '2027-04-05', asOf: '2027-03-20', replacesPlanId: id, penalties: 'freeze' })
    const preview = await core.ok('plans.get', { planId: renewed, asOf: '2027-03-20' })
    // What the first plan froze is frozen again, plus the one day of the renegotiation (interest runs again on it).
    expect(preview.invoices.map((i) => [i.number, i.balanceCents])).toEqual([['F2', 50_000]])
    await core.ok('plans.accept', { planId: renewed, acceptedOn: '2027-03-20' })
    const during = await statement('2027-04-10')
    expect(during.invoices.flatMap((i) => i.periods).every((p) => p.to <= PLAN_DATE || (p.from === '2027-03-20' && p.to === '2027-03-20'))).toBe(true)
    expect(during.warnings).toContain('Pénalités gelées pendant l’échéancier du 20/03/2027 : intérêts arrêtés au 20/03/2027.')
  })
})

describe('reminders under a plan', () => {
  it('keeps the invoices out of the scenario while kept, then the client is back at the step it had reached', async () => {
    const first = (await core.ok('dunning.plan', { asOf: '2027-01-05' })).proposals[0]!
    await core.ok('dunning.validate', { asOf: '2027-01-05', items: [{ clientId, dedupKey: first.dedupKey }] })
    const reached = first.step.position

    await keptThenBrokenPlan('freeze')
    const during = await core.ok('dunning.plan', { asOf: '2027-03-01' })
    expect(during.proposals.filter((p) => p.clientId === clientId)).toEqual([])
    expect(during.skipped.filter((s) => s.clientId === clientId).map((s) => [s.number, s.reason])).toEqual([['F1', 'plan'], ['F2', 'plan']])
    expect((await core.ok('dunning.plan', { asOf: '2027-03-25' })).proposals.filter((p) => p.clientId === clientId)).toEqual([])

    const back = (await core.ok('dunning.plan', { asOf: BROKEN_ON })).proposals.find((p) => p.clientId === clientId)!
    expect(back.invoices.map((i) => i.number)).toEqual(['F1', 'F2'])
    expect(back.step.position).toBeGreaterThan(reached)
  })

  it('proposes a courtesy reminder before each instalment and a missed-instalment one after the grace days, each once, then tells the breach', async () => {
    const { id: planId } = await keptThenBrokenPlan('freeze')
    const day = await core.ok('plans.reminders', { asOf: '2027-02-02' })
    expect(day.reminders.map((r) => [r.planId, r.sequence, r.kind, r.channel, r.templateCode, r.amountDueCents, r.dueDate])).toEqual([
      [planId, 1, 'before', 'email', 'email-rappel-echeance', 50_000, '2027-02-05'],
    ])
    const item = { instalmentId: day.reminders[0]!.instalmentId, kind: 'before' as const, dedupKey: day.reminders[0]!.dedupKey }
    const { recorded } = await core.ok('plans.validateReminders', { asOf: '2027-02-02', items: [item] })
    expect(recorded).toHaveLength(1)
    const queued = (await core.ok('dunning.queue', {})).find((a) => a.id === recorded[0])
    expect(queued).toMatchObject({ status: 'validated', channel: 'email', stepLabel: 'Rappel avant échéance n° 1', templateCode: 'email-rappel-echeance', amountDueCents: 50_000, invoiceNumbers: ['F1', 'F2'] })
    expect((await core.ok('plans.reminders', { asOf: '2027-02-03' })).reminders).toEqual([])
    expect((await core.refused('plans.validateReminders', { asOf: '2027-02-02', items: [item] })).code).toBe('CONFLICT')

    const missed = await core.ok('plans.reminders', { asOf: '2027-03-10' })
    expect(missed.reminders.map((r) => [r.sequence, r.kind, r.templateCode, r.amountDueCents])).toEqual([[2, 'missed', 'email-echeance-impayee', 50_000]])
    expect(missed.broken).toEqual([])

    const breach = await core.ok('plans.reminders', { asOf: BROKEN_ON })
    expect(breach.reminders).toEqual([])
    expect(breach.broken).toEqual([{ planId, clientId, clientName: 'Établissements Dupré', brokenOn: BROKEN_ON, remainingCents: 100_000 }])

    // Validating the day's ordinary reminders writes the breach down, with the client's timeline.
    const proposal = (await core.ok('dunning.plan', { asOf: BROKEN_ON })).proposals.find((p) => p.clientId === clientId)!
    await core.ok('dunning.validate', { asOf: BROKEN_ON, items: [{ clientId, dedupKey: proposal.dedupKey }] })
    const sqlite = core.session.current.sqlite
    expect(sqlite.prepare('SELECT status, broken_on AS brokenOn FROM payment_plans').get()).toEqual({ status: 'broken', brokenOn: BROKEN_ON })
    expect(sqlite.prepare("SELECT occurred_on AS on_, body FROM activities WHERE kind = 'plan' ORDER BY id DESC LIMIT 1").get()).toEqual({
      on_: BROKEN_ON,
      body: `Échéancier du 11/01/2027 rompu le 26/03/2027 : ${formatEuros(100_000)} deviennent exigibles, le client revient dans les relances.`,
    })
    expect((await core.ok('plans.reminders', { asOf: BROKEN_ON })).broken).toEqual([])
    const detail = await core.ok('plans.get', { planId, asOf: '2027-04-01' })
    expect(detail.events.map((e) => e.text)).toContain('Rappel avant échéance n° 1 (e-mail).')
  })

  it('writes a completed plan down when the day’s plan reminders are validated', async () => {
    const { id: planId, first, covered } = await keptThenBrokenPlan('include')
    await core.ok('payments.record', { clientId, date: '2027-03-04', amountCents: covered - first, method: 'virement' })
    await core.ok('plans.validateReminders', { asOf: '2027-03-10', items: [] })
    expect(core.session.current.sqlite.prepare('SELECT status, completed_on AS on_ FROM payment_plans WHERE id = ?').get(planId)).toEqual({ status: 'completed', on_: '2027-03-04' })
    // Soldé with its penalties included: the plan carried them, the invoices claim nothing more.
    const later = await statement('2027-05-01')
    expect([later.principalCents, later.interestCents, later.indemnityCents, later.claimCents]).toEqual([0, 0, 0, 0])
    expect((await core.ok('dunning.plan', { asOf: '2027-05-01' })).proposals.filter((p) => p.clientId === clientId)).toEqual([])
  })
})
