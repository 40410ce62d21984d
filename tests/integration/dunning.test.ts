import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addDays } from '../../src-shared/dates'
import type { DunningPlanView } from '../../src-shared/contract/dunning'
import { formatEuros } from '../../src-shared/money'
import { DEFAULT_SCENARIOS } from '../../src-main/domain/dunning'
import { createTestCore, type TestCore } from '../helpers/test-core'

const TODAY = '2026-11-23'
let core: TestCore

beforeEach(() => {
  core = createTestCore({ today: TODAY })
})
afterEach(() => core.dispose())

const sqlite = () => core.session.current.sqlite

async function client(code: string, name: string, kind: 'pro' | 'particulier' = 'pro') {
  return (await core.ok('clients.create', { code, name, kind })).id
}

/** An invoice due `daysLate` days before TODAY. */
async function invoice(clientId: number, number: string, daysLate: number, amountCents: number) {
  const dueDate = addDays(TODAY, -daysLate)
  return (await core.ok('invoices.create', { clientId, number, issueDate: addDays(dueDate, -30), dueDate, amountCents })).id
}

describe('shipped scenarios', () => {
  it('are seeded as declared, the standard one by default and the consumer one for particuliers', () => {
    const scenarios = sqlite().prepare('SELECT id, name, is_default AS isDefault, is_consumer_default AS consumer FROM scenarios ORDER BY id').all() as Array<{ id: number; name: string; isDefault: number; consumer: number }>
    expect(scenarios.map((s) => [s.name, s.isDefault, s.consumer])).toEqual([
      ['Professionnels — standard', 1, 0],
      ['Clients sensibles', 0, 0],
      ['Particuliers', 0, 1],
    ])
    for (const [index, model] of DEFAULT_SCENARIOS.entries()) {
      const steps = sqlite()
        .prepare(
          `SELECT offset_days AS offsetDays, channel, level, template_code AS templateCode, label, min_amount_cents AS minAmountCents,
                  include_penalties AS includePenalties, required FROM scenario_steps WHERE scenario_id = ? ORDER BY position`,
        )
        .all(scenarios[index]!.id) as Array<Record<string, unknown>>
      expect(steps.map((s) => ({ ...s, includePenalties: s.includePenalties === 1, required: s.required === 1 }))).toEqual(model.steps)
    }
  })
})

describe('dunning.plan and dunning.validate', () => {
  it('proposes one action per client with penalties from the penalty engine, and skips the disputed invoice', async () => {
    const dupre = await client('411DUPRE', 'Établissements Dupré')
    const a = await invoice(dupre, 'F1', 20, 120_000)
    const b = await invoice(dupre, 'F2', 9, 30_000)
    const disputed = await invoice(dupre, 'F3', 15, 50_000)
    await core.ok('disputes.open', { invoiceId: disputed, reason: 'prix' })
    await invoice(dupre, 'F4', 3, 10_000)
    const plan = await core.ok('dunning.plan', {})
    expect(plan.proposals).toHaveLength(1)
    const [proposal] = plan.proposals
    expect(proposal).toMatchObject({ clientCode: '411DUPRE', amountDueCents: 150_000, lastContact: null })
    expect(proposal!.step).toMatchObject({ label: 'Première relance', level: 1, channel: 'email', templateCode: 'email-relance-1' })
    expect(proposal!.invoices.map((i) => i.invoiceId)).toEqual([a, b])
    expect(plan.skipped).toEqual([{ clientId: dupre, clientCode: '411DUPRE', clientName: 'Établissements Dupré', invoiceId: disputed, number: 'F3', reason: 'disputed' }])
    const statements = await Promise.all([a, b].map((invoiceId) => core.ok('penalties.invoiceStatement', { invoiceId })))
    const expected = statements.reduce((sum, s) => sum + (s.statement?.totalCents ?? 0), 0)
    expect(expected).toBeGreaterThan(8000)
    expect(proposal!.penaltiesCents).toBe(expected)
  })

  it('follows the consumer scenario for a particulier, with no penalties before the formal notice', async () => {
    const martin = await client('411MARTI', 'Zoé Martin', 'particulier')
    await invoice(martin, 'P1', 12, 40_000)
    const [proposal] = (await core.ok('dunning.plan', {})).proposals
    expect(proposal!.step).toMatchObject({ label: 'Première relance', channel: 'letter', templateCode: 'relance-1' })
    expect(proposal!.penaltiesCents).toBe(0)
  })

  it('records the validated actions with their invoices and timeline entries, then proposes nothing new for them', async () => {
    const dupre = await client('411DUPRE', 'Établissements Dupré')
    const lefevre = await client('411LEFEV', 'Boulangerie Lefèvre')
    await invoice(dupre, 'F1', 20, 120_000)
    await invoice(lefevre, 'L1', 8, 9_000)
    const plan = await core.ok('dunning.plan', {})
    const lef = plan.proposals.find((p) => p.clientCode === '411LEFEV')!
    const { recorded } = await core.ok('dunning.validate', { items: [{ clientId: lefevre, dedupKey: lef.dedupKey }] })
    expect(recorded).toEqual([
      expect.objectContaining({ clientCode: '411LEFEV', status: 'validated', channel: 'email', stepLabel: 'Première relance', level: 1, plannedOn: TODAY, invoiceNumbers: ['L1'], amountDueCents: 9_000 }),
    ])
    expect(sqlite().prepare('SELECT invoice_id AS invoiceId, balance_cents AS balance, step_position AS position FROM reminder_action_invoices').all()).toEqual([
      { invoiceId: lef.invoices[0]!.invoiceId, balance: 9_000, position: 2 },
    ])
    const timeline = await core.ok('timeline.list', { clientId: lefevre })
    expect(timeline[0]).toMatchObject({ kind: 'reminder', occurredOn: TODAY })
    expect(timeline[0]!.body).toMatch(/^Relance validée : Première relance \(e-mail\), factures L1, 90,00/)

    const again = await core.ok('dunning.plan', {})
    expect(again.proposals.map((p) => p.clientCode)).toEqual(['411DUPRE'])
    expect(await core.ok('dunning.queue', {})).toEqual(recorded)
    // The same proposal sent again is refused, and nothing is written.
    const twice = await core.refused('dunning.validate', { items: [{ clientId: lefevre, dedupKey: lef.dedupKey }] })
    expect(twice.code).toBe('CONFLICT')
    expect(core.count('reminder_actions')).toBe(1)
    // Validating all of the rest records Dupré alone.
    const rest = await core.ok('dunning.validate', {})
    expect(rest.recorded.map((r) => r.clientCode)).toEqual(['411DUPRE'])
    expect((await core.ok('dunning.plan', {})).proposals).toEqual([])
  })

  it('refuses a second action with the same key at the database, whatever the caller does', async () => {
    const dupre = await client('411DUPRE', 'Établissements Dupré')
    await invoice(dupre, 'F1', 20, 120_000)
    await core.ok('dunning.validate', {})
    const insert = () =>
      sqlite()
        .prepare("INSERT INTO reminder_actions (client_id, channel, planned_on, status, dedup_key) SELECT client_id, channel, planned_on, 'validated', dedup_key FROM reminder_actions")
        .run()
    expect(insert).toThrow(/UNIQUE constraint failed: reminder_actions.dedup_key/)
  })

  it('refuses a proposal that changed since it was shown, and writes nothing', async () => {
    const dupre = await client('411DUPRE', 'Établissements Dupré')
    await invoice(dupre, 'F1', 20, 120_000)
    await invoice(dupre, 'F2', 10, 5_000)
    const [shown] = (await core.ok('dunning.plan', {})).proposals
    await core.ok('payments.record', { clientId: dupre, date: TODAY, amountCents: 120_000, method: 'virement', allocation: 'oldest' })
    const activities = core.count('activities')
    const refused = await core.refused('dunning.validate', { items: [{ clientId: dupre, dedupKey: shown!.dedupKey }] })
    expect(refused).toMatchObject({ code: 'CONFLICT' })
    expect(refused.message).toContain('a changé depuis son affichage')
    expect(core.count('reminder_actions')).toBe(0)
    expect(core.count('activities')).toBe(activities)
  })

  it('lets the step be changed, but never past a required step', async () => {
    const dupre = await client('411DUPRE', 'Établissements Dupré')
    await invoice(dupre, 'F1', 70, 120_000)
    const [proposal] = (await core.ok('dunning.plan', {})).proposals
    expect(proposal!.stepChoices.map((s) => s.position)).toEqual([2, 3, 4, 5])
    const refused = await core.refused('dunning.validate', { items: [{ clientId: dupre, dedupKey: proposal!.dedupKey, stepPosition: 6 }] })
    expect(refused.details?.fields?.stepPosition).toContain('obligatoire')
    const { recorded } = await core.ok('dunning.validate', { items: [{ clientId: dupre, dedupKey: proposal!.dedupKey, stepPosition: 3 }] })
    expect(recorded[0]).toMatchObject({ channel: 'letter', stepLabel: 'Deuxième relance', templateCode: 'relance-2' })
    expect(sqlite().prepare('SELECT step_position AS p FROM reminder_action_invoices').get()).toEqual({ p: 3 })
  })

  it('skips a step with its reason in the timeline, and postpones a client to a date', async () => {
    const dupre = await client('411DUPRE', 'Établissements Dupré')
    const lefevre = await client('411LEFEV', 'Boulangerie Lefèvre')
    await invoice(dupre, 'F1', 20, 120_000)
    await invoice(lefevre, 'L1', 20, 9_000)
    const plan = await core.ok('dunning.plan', {})
    const dup = plan.proposals.find((p) => p.clientId === dupre)!
    await core.ok('dunning.skip', { clientId: dupre, dedupKey: dup.dedupKey, reason: 'Le gérant a appelé ce matin' })
    expect((await core.ok('timeline.list', { clientId: dupre }))[0]!.body).toBe('Étape « Première relance » passée : Le gérant a appelé ce matin')
    const postponed = await core.refused('dunning.postpone', { clientId: lefevre, until: TODAY })
    expect(postponed.details?.fields?.until).toBeDefined()
    await core.ok('dunning.postpone', { clientId: lefevre, until: addDays(TODAY, 10) })
    const after = await core.ok('dunning.plan', {})
    expect(after.proposals).toEqual([])
    expect(after.skipped.map((s) => [s.clientCode, s.reason])).toEqual([['411LEFEV', 'postponed']])
    // The next day, Dupré goes on to the next step; Lefèvre waits for its date.
    const tomorrow = await core.ok('dunning.plan', { asOf: addDays(TODAY, 1) })
    expect(tomorrow.proposals.map((p) => [p.clientCode, p.step.label])).toEqual([['411DUPRE', 'Deuxième relance']])
    expect((await core.ok('dunning.plan', { asOf: addDays(TODAY, 10) })).proposals.map((p) => p.clientCode)).toContain('411LEFEV')
  })

  it('records a broken promise with the day’s reminders, and the client is back at its step', async () => {
    const dupre = await client('411DUPRE', 'Établissements Dupré')
    const inv = await invoice(dupre, 'F1', 20, 120_000)
    const promise = sqlite()
      .prepare("INSERT INTO promises (client_id, made_on, promised_date, amount_cents) VALUES (?, ?, ?, 120000) RETURNING id")
      .get(dupre, addDays(TODAY, -1), addDays(TODAY, 5)) as { id: number }
    sqlite().prepare('INSERT INTO promise_invoices (promise_id, invoice_id) VALUES (?, ?)').run(promise.id, inv)
    const waiting = await core.ok('dunning.plan', {})
    expect(waiting.proposals).toEqual([])
    expect(waiting.skipped.map((s) => s.reason)).toEqual(['promise'])
    const later = addDays(TODAY, 9)
    const back = await core.ok('dunning.plan', { asOf: later })
    expect(back.proposals.map((p) => p.step.label)).toEqual(['Première relance'])
    await core.ok('dunning.validate', { asOf: later })
    expect(sqlite().prepare('SELECT status FROM promises').get()).toEqual({ status: 'broken' })
    const timeline = await core.ok('timeline.list', { clientId: dupre })
    expect(timeline.map((t) => t.body)).toContain(`Promesse de règlement de ${formatEuros(120_000)} pour le 28/11/2026 non tenue : le client revient dans les relances.`)
  })

  it('warns first when payments were not brought up to date for longer than the dossier allows', async () => {
    const dupre = await client('411DUPRE', 'Établissements Dupré')
    await invoice(dupre, 'F1', 20, 120_000)
    expect((await core.ok('dunning.plan', {})).stale).toEqual({ lastUpdate: null, staleDays: 7 })
    await core.ok('payments.record', { clientId: dupre, date: '2026-11-10', amountCents: 1_000, method: 'virement', allocation: 'none' })
    sqlite().prepare("UPDATE payments SET created_at = '2026-11-16T09:00:00.000Z'").run()
    expect((await core.ok('dunning.plan', {})).stale).toBeNull()
    sqlite().prepare("UPDATE payments SET created_at = '2026-11-15T09:00:00.000Z'").run()
    expect((await core.ok('dunning.plan', {})).stale).toEqual({ lastUpdate: '2026-11-15', staleDays: 7 })
    await core.ok('dunning.saveSettings', { minGapDays: 7, promiseGraceDays: 3, retryDays: 3, staleDays: 10 })
    expect((await core.ok('dunning.plan', {})).stale).toBeNull()
    const bad = await core.refused('dunning.saveSettings', { minGapDays: 0, promiseGraceDays: 3, retryDays: 3, staleDays: 10 })
    expect(bad.details?.fields?.minGapDays).toBe("L'écart minimal entre deux relances doit être d'au moins 1 jour.")
  })
})

describe('dunning.plan at a past date', () => {
  it('counts the ledger as it stood that day: payments, credit notes and credits dated later are not counted yet', async () => {
    const dupre = await client('411DUPRE', 'Établissements Dupré')
    const lefevre = await client('411LEFEV', 'Boulangerie Lefèvre')
    const martin = await client('411MARTIN', 'Martin SARL')
    await invoice(dupre, 'F1', 40, 120_000)
    await invoice(lefevre, 'L1', 40, 90_000)
    await invoice(martin, 'M1', 40, 50_000)
    const lastWeek = addDays(TODAY, -7)
    // Dupré paid F1 in full three days ago; Lefèvre got a credit note on L1 yesterday; Martin paid ahead, as a credit, two days ago.
    await core.ok('payments.record', { clientId: dupre, date: addDays(TODAY, -3), amountCents: 120_000, method: 'virement' })
    const creditNote = await core.ok('invoices.create', { clientId: lefevre, number: 'AV1', kind: 'credit_note', issueDate: addDays(TODAY, -1), amountCents: 30_000 })
    await core.ok('creditNotes.allocate', { creditNoteId: creditNote.id, allocation: 'oldest' })
    await core.ok('payments.record', { clientId: martin, date: addDays(TODAY, -2), amountCents: 50_000, method: 'virement', allocation: 'none' })

    const amounts = (plan: DunningPlanView) => Object.fromEntries(plan.proposals.map((p) => [p.clientCode, p.amountDueCents]))
    const today = await core.ok('dunning.plan', {})
    expect(amounts(today)).toEqual({ '411LEFEV': 60_000 })
    expect(today.skipped.map((s) => [s.clientCode, s.reason])).toEqual([['411MARTIN', 'credit_covers']])

    const then = await core.ok('dunning.plan', { asOf: lastWeek })
    expect(amounts(then)).toEqual({ '411DUPRE': 120_000, '411LEFEV': 90_000, '411MARTIN': 50_000 })
    expect(then.skipped).toEqual([])
    // An invoice issued after that day did not exist yet.
    await core.ok('invoices.create', { clientId: martin, number: 'M2', issueDate: addDays(lastWeek, 1), dueDate: addDays(lastWeek, 2), amountCents: 10_000 })
    const again = await core.ok('dunning.plan', { asOf: lastWeek })
    expect(again.proposals.find((p) => p.clientCode === '411MARTIN')!.invoices.map((i) => i.number)).toEqual(['M1'])
  })
})
