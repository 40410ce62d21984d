import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addDays } from '../../src-shared/dates'
import { createTestCore, type TestCore } from '../helpers/test-core'

const TODAY = '2026-11-23'
let core: TestCore
let dupre: number
let invoiceId: number

beforeEach(async () => {
  core = createTestCore({ today: TODAY })
  dupre = (await core.ok('clients.create', { code: '411DUPRE', name: 'Établissements Dupré', kind: 'pro', segment: 'Grands comptes' })).id
  const dueDate = addDays(TODAY, -40)
  invoiceId = (await core.ok('invoices.create', { clientId: dupre, number: 'F1', issueDate: addDays(dueDate, -30), dueDate, amountCents: 120_000 })).id
})
afterEach(() => core.dispose())

const gentle = {
  name: 'Gros clients',
  steps: [
    { offsetDays: 10, channel: 'phone' as const, level: 1, templateCode: 'script-appel', label: 'Appel courtois' },
    { offsetDays: 30, channel: 'letter' as const, level: 2, templateCode: 'relance-2', label: 'Courrier', minAmountCents: 50_000 },
  ],
}

describe('scenarios', () => {
  it('are created, edited, copied; a scenario in use is archived, never deleted', async () => {
    const { id } = await core.ok('scenarios.save', gentle)
    const listed = (await core.ok('scenarios.list', {})).find((s) => s.id === id)!
    expect(listed.steps.map((s) => [s.position, s.label, s.offsetDays, s.minAmountCents])).toEqual([
      [1, 'Appel courtois', 10, 0],
      [2, 'Courrier', 30, 50_000],
    ])
    // Reordered and shortened: the steps are renumbered.
    await core.ok('scenarios.save', { id, name: 'Gros clients', steps: [{ ...gentle.steps[0]!, offsetDays: 12 }] })
    expect((await core.ok('scenarios.list', {})).find((s) => s.id === id)!.steps.map((s) => s.offsetDays)).toEqual([12])
    const copy = await core.ok('scenarios.copy', { id, name: 'Gros clients (copie)' })
    expect(copy.id).not.toBe(id)
    expect((await core.refused('scenarios.copy', { id, name: 'Gros clients' })).details?.fields?.name).toBe("Un scénario s'appelle déjà « Gros clients ».")
    await core.ok('scenarios.assignSegment', { segment: 'Grands comptes', scenarioId: id })
    const refused = await core.refused('scenarios.delete', { id })
    expect(refused.message).toContain('archivez-le plutôt')
    await core.ok('scenarios.archive', { id, archived: true })
    expect((await core.ok('scenarios.list', {})).find((s) => s.id === id)).toMatchObject({ archived: true, segments: ['Grands comptes'] })
    await core.ok('scenarios.delete', { id: copy.id })
    expect((await core.ok('scenarios.list', {})).map((s) => s.id)).not.toContain(copy.id)
    expect((await core.refused('scenarios.archive', { id: 1, archived: true })).code).toBe('CONFLICT')
  })

  it('refuse steps out of order, a template of another channel, and a level 0 after the due date', async () => {
    const bad = await core.refused('scenarios.save', {
      name: 'Mauvais',
      steps: [
        { offsetDays: 10, channel: 'email', level: 1, templateCode: 'relance-1', label: 'A' },
        { offsetDays: 5, channel: 'letter', level: 0, templateCode: 'relance-1', label: 'B' },
      ],
    })
    expect(bad.details?.fields).toMatchObject({
      'steps.0.templateCode': 'Le modèle « relance-1 » ne convient pas à ce canal.',
      'steps.1.offsetDays': 'Chaque étape vient après la précédente : décalage plus grand.',
      'steps.1.level': 'Le niveau 0 est celui des rappels de courtoisie, avant l’échéance, et d’eux seuls.',
    })
    expect(core.count('scenarios')).toBe(3)
  })

  it('a segment’s scenario, then the client’s own, decide what the client gets', async () => {
    const { id } = await core.ok('scenarios.save', gentle)
    await core.ok('scenarios.assignSegment', { segment: 'Grands comptes', scenarioId: id })
    expect((await core.ok('dunning.plan', {})).proposals[0]!.step.label).toBe('Appel courtois')
    expect((await core.ok('dunning.client', { clientId: dupre })).effectiveScenario).toEqual({ id, name: 'Gros clients' })
    await core.ok('dunning.setClients', { clientIds: [dupre], scenarioId: 1 })
    expect((await core.ok('dunning.plan', {})).proposals[0]!.step.label).toBe('Première relance')
    await core.ok('dunning.setClients', { clientIds: [dupre], scenarioId: null })
    expect((await core.ok('dunning.plan', {})).proposals[0]!.step.label).toBe('Appel courtois')
  })
})

describe('a client in reminders', () => {
  it('is stopped with a reason until a date, then reminded again', async () => {
    await core.ok('dunning.setClients', { clientIds: [dupre], stop: { reason: 'Redressement judiciaire', until: addDays(TODAY, 10) } })
    expect((await core.ok('dunning.client', { clientId: dupre })).stop).toEqual({ since: TODAY, reason: 'Redressement judiciaire', until: '2026-12-03' })
    expect((await core.ok('dunning.plan', {})).skipped.map((s) => s.reason)).toEqual(['stopped'])
    expect((await core.ok('dunning.plan', { asOf: '2026-12-04' })).proposals).toHaveLength(1)
    await core.ok('dunning.setClients', { clientIds: [dupre], stop: null })
    expect((await core.ok('dunning.plan', {})).proposals).toHaveLength(1)
    expect((await core.ok('timeline.list', { clientId: dupre })).map((e) => e.body)).toEqual([
      'Blocage des relances levé.',
      "Client bloqué en relance jusqu'au 03/12/2026 : Redressement judiciaire",
    ])
  })

  it('starts from the level it had reached before Encaisse, set by hand for many clients at once', async () => {
    const lefevre = (await core.ok('clients.create', { code: '411LEFEV', name: 'Boulangerie Lefèvre', kind: 'pro' })).id
    const dueDate = addDays(TODAY, -40)
    await core.ok('invoices.create', { clientId: lefevre, number: 'L1', issueDate: addDays(dueDate, -30), dueDate, amountCents: 9_000 })
    await core.ok('dunning.setClients', { clientIds: [dupre, lefevre], reachedLevel: 2 })
    const plan = await core.ok('dunning.plan', {})
    expect(plan.proposals.map((p) => [p.clientCode, p.step.label])).toEqual([
      ['411DUPRE', 'Appel téléphonique'],
      ['411LEFEV', 'Appel téléphonique'],
    ])
    expect((await core.refused('dunning.setClients', { clientIds: [dupre], reachedLevel: 0 })).details?.fields?.reachedLevel).toBe('Le niveau atteint va de 1 à 9.')
  })

  it('keeps the date of the last reminder before Encaisse: invoices due after it start from the beginning', async () => {
    const reachedOn = addDays(TODAY, -35)
    const later = addDays(TODAY, -20)
    await core.ok('invoices.create', { clientId: dupre, number: 'F2', issueDate: addDays(later, -30), dueDate: later, amountCents: 30_000 })
    await core.ok('dunning.setClients', { clientIds: [dupre], reachedLevel: 2, reachedOn })
    expect((await core.ok('dunning.client', { clientId: dupre })).reached).toEqual({ level: 2, on: reachedOn })
    const proposal = (await core.ok('dunning.plan', {})).proposals[0]!
    expect(proposal.invoices.map((i) => [i.number, i.stepPosition])).toEqual([
      ['F1', 4],
      ['F2', 2],
    ])
    expect((await core.ok('timeline.list', { clientId: dupre }))[0]!.body).toBe('Niveau de relance déjà atteint (saisi à la main) : 2, dernière relance le 19/10/2026.')
  })

  it('refuses the whole lot when one part is wrong, and changes nothing', async () => {
    const before = await core.ok('dunning.client', { clientId: dupre })
    const future = await core.refused('dunning.setClients', { clientIds: [dupre], reachedLevel: 2, reachedOn: addDays(TODAY, 1) })
    expect(future.details?.fields?.reachedOn).toBe('La dernière relance ne peut être dans le futur.')
    const missing = await core.refused('dunning.setClients', { clientIds: [dupre, 999_999], stop: { reason: 'Procédure collective' } })
    expect(missing.details?.fields?.clientIds).toBe("Un des clients choisis n'existe pas (ou plus).")
    expect(await core.ok('dunning.client', { clientId: dupre })).toEqual(before)
    expect(await core.ok('timeline.list', { clientId: dupre })).toEqual([])
  })

  it('has an invoice excluded from reminders, and back', async () => {
    await core.ok('dunning.excludeInvoice', { invoiceId, excluded: true, reason: 'Avoir à venir' })
    expect((await core.ok('dunning.plan', {})).skipped.map((s) => s.reason)).toEqual(['excluded'])
    // The invoice lists (client file, Factures) show it.
    const listed = async () => (await core.ok('invoices.list', { clientId: dupre })).rows.map((row) => [row.number, row.dunningExclusion])
    expect(await listed()).toEqual([['F1', { since: TODAY, reason: 'Avoir à venir' }]])
    expect((await core.ok('dunning.client', { clientId: dupre })).excludedInvoices).toEqual([{ invoiceId, number: 'F1', reason: 'Avoir à venir' }])
    await core.ok('dunning.excludeInvoice', { invoiceId, excluded: false })
    expect((await core.ok('dunning.plan', {})).proposals).toHaveLength(1)
    expect(await listed()).toEqual([['F1', null]])
  })
})
