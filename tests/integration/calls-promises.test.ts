import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addDays } from '../../src-shared/dates'
import { createTestCore, type TestCore } from '../helpers/test-core'

const TODAY = '2026-11-23'
let core: TestCore
let clientId: number
let invoiceIds: number[]

beforeEach(async () => {
  core = createTestCore({ today: TODAY })
  clientId = (
    await core.ok('clients.create', {
      code: '411DUPRE',
      name: 'Établissements Dupré',
      kind: 'pro',
      phone: '04 91 00 00 00',
      contacts: [{ name: 'Mme Roux', role: 'Comptable', phone: '06 12 34 56 78' }],
    })
  ).id
  invoiceIds = []
  for (const [number, daysLate, amountCents] of [['F1', 40, 120_000], ['F2', 30, 30_000]] as const) {
    const dueDate = addDays(TODAY, -daysLate)
    invoiceIds.push((await core.ok('invoices.create', { clientId, number, issueDate: addDays(dueDate, -30), dueDate, amountCents })).id)
  }
})
afterEach(() => core.dispose())

/** Validates today's proposal as a phone call (step 4 of the standard scenario) and returns the action id. */
async function validatedCall(asOf = TODAY): Promise<number> {
  const [proposal] = (await core.ok('dunning.plan', { asOf })).proposals
  const { recorded } = await core.ok('dunning.validate', { asOf, items: [{ clientId, dedupKey: proposal!.dedupKey, stepPosition: 4 }] })
  expect(recorded[0]).toMatchObject({ channel: 'phone', stepLabel: 'Appel téléphonique' })
  return recorded[0]!.id
}

describe('call sheets', () => {
  it('gives whom to call, the invoices, the amounts and the penalties', async () => {
    const actionId = await validatedCall()
    const sheet = await core.ok('calls.sheet', { actionId })
    expect(sheet).toMatchObject({
      clientName: 'Établissements Dupré',
      phone: '04 91 00 00 00',
      contacts: [{ name: 'Mme Roux', role: 'Comptable', phone: '06 12 34 56 78', email: null }],
      stepLabel: 'Appel téléphonique',
      amountDueCents: 150_000,
      retryDays: 3,
      outcome: null,
    })
    expect(sheet.invoices.map((i) => [i.number, i.daysLate])).toEqual([['F1', 40], ['F2', 30]])
    // The script is the « script-appel » template filled for this client: a field the dossier
    // lacks is named, never read out as a raw merge field.
    expect(sheet.script).toBe(
      'Script d’appel incomplet : Il manque le nom du signataire (Paramètres → Société). Il manque la raison sociale de la société (Paramètres → Société).',
    )
    const statement = await core.ok('penalties.clientStatement', { clientId })
    expect(sheet.penaltiesCents).toBe(statement.interestCents + statement.indemnityCents)
  })

  it('records no answer once, and the call is proposed again after the retry days as a second attempt', async () => {
    const actionId = await validatedCall()
    await core.ok('calls.record', { actionId, outcome: 'no_answer' })
    expect((await core.refused('calls.record', { actionId, outcome: 'no_answer' })).code).toBe('CONFLICT')
    expect((await core.ok('timeline.list', { clientId }))[0]!.body).toBe('Appel (Appel téléphonique) : pas de réponse, nouvel essai proposé dans 3 jours.')
    expect((await core.ok('dunning.plan', { asOf: addDays(TODAY, 2) })).proposals).toEqual([])
    const [retry] = (await core.ok('dunning.plan', { asOf: addDays(TODAY, 3) })).proposals
    // The invoices did not move on: step 2 is what they are due for; the call may be chosen again, as a second attempt.
    expect(retry!.stepChoices.map((s) => s.label)).toContain('Appel téléphonique')
    const again = await validatedCall(addDays(TODAY, 3))
    expect(again).not.toBe(actionId)
    const keys = core.session.current.sqlite.prepare('SELECT dedup_key AS key FROM reminder_actions ORDER BY id').all() as Array<{ key: string }>
    expect(keys[1]!.key).toBe(`${keys[0]!.key}|a2`)
  })

  it('records a promise: the client leaves the queue until the promised date plus the grace days, then comes back', async () => {
    const actionId = await validatedCall()
    const promisedDate = addDays(TODAY, 10)
    const bad = await core.refused('calls.record', { actionId, outcome: 'promise' })
    expect(bad.details?.fields?.promise).toBe('Indiquez le montant et la date promis.')
    await core.ok('calls.record', { actionId, outcome: 'promise', promise: { amountCents: 150_000, promisedDate, invoiceIds } })
    const [promise] = await core.ok('promises.list', { clientId })
    expect(promise).toMatchObject({ promisedDate, amountCents: 150_000, status: 'pending', invoiceNumbers: ['F1', 'F2'] })
    const waiting = await core.ok('dunning.plan', { asOf: addDays(promisedDate, 3) })
    expect(waiting.proposals).toEqual([])
    expect(waiting.skipped.map((s) => s.reason)).toEqual(['promise', 'promise'])
    const back = await core.ok('dunning.plan', { asOf: addDays(promisedDate, 4) })
    expect(back.proposals.map((p) => p.clientCode)).toEqual(['411DUPRE'])
    const timeline = (await core.ok('timeline.list', { clientId })).map((e) => e.body)
    expect(timeline).toContain('Appel (Appel téléphonique) : promesse de règlement obtenue.')
    expect(timeline.some((body) => body.startsWith('Promesse de règlement : ') && body.endsWith('pour le 03/12/2026 (factures F1, F2).'))).toBe(true)
  })

  it('records a dispute on the invoices contested, which then leave reminders', async () => {
    const actionId = await validatedCall()
    const outside = await core.refused('calls.record', { actionId, outcome: 'dispute', dispute: { reason: 'qualite', invoiceIds: [9999] } })
    expect(outside.details?.fields?.['dispute.invoiceIds']).toBe('Choisissez parmi les factures de cet appel.')
    expect(core.count('disputes')).toBe(0)
    await core.ok('calls.record', { actionId, outcome: 'dispute', note: 'Pièces défectueuses', dispute: { reason: 'qualite', invoiceIds: [invoiceIds[1]!] } })
    const later = await core.ok('dunning.plan', { asOf: addDays(TODAY, 8) })
    expect(later.proposals[0]!.invoices.map((i) => i.number)).toEqual(['F1'])
    expect(later.skipped.map((s) => [s.number, s.reason])).toEqual([['F2', 'disputed']])
  })

  it('flags a client who says it has paid, until payments are brought up to date', async () => {
    const actionId = await validatedCall()
    await core.ok('calls.record', { actionId, outcome: 'paid', note: 'virement du 20/11' })
    const plan = await core.ok('dunning.plan', {})
    expect(plan.paidClaims).toEqual([{ clientId, clientName: 'Établissements Dupré', on: TODAY }])
    expect((await core.ok('timeline.list', { clientId }))[0]!.body).toBe(
      'Appel (Appel téléphonique) : le client dit avoir déjà réglé : virement du 20/11 (vérifier les règlements avant toute relance).',
    )
  })

  it('refuses a call sheet for a reminder that is not a call', async () => {
    await core.ok('dunning.validate', {})
    const [action] = await core.ok('dunning.queue', {})
    expect((await core.refused('calls.sheet', { actionId: action!.id })).message).toBe("Cette relance n'est pas un appel.")
  })
})

describe('promises by hand', () => {
  it('are kept once payments cover them, broken after the date plus grace otherwise', async () => {
    await core.ok('promises.create', { clientId, amountCents: 30_000, promisedDate: addDays(TODAY, 5), invoiceIds: [invoiceIds[1]!] })
    expect((await core.refused('promises.create', { clientId, amountCents: 1000, promisedDate: addDays(TODAY, -1) })).details?.fields?.promisedDate).toBe(
      'La date promise ne peut être passée.',
    )
    expect(core.count('promises')).toBe(1)
    expect((await core.ok('promises.list', { clientId }))[0]!.status).toBe('pending')
    await core.ok('payments.record', { clientId, date: TODAY, amountCents: 30_000, method: 'virement', allocation: [{ invoiceId: invoiceIds[1]!, amountCents: 30_000 }] })
    expect((await core.ok('promises.list', { clientId }))[0]!.status).toBe('kept')
  })

  it('shows a promise broken after its grace days, and the validation of that day records it', async () => {
    await core.ok('promises.create', { clientId, amountCents: 150_000, promisedDate: addDays(TODAY, 2) })
    const skipped = await core.ok('dunning.plan', {})
    expect(skipped.skipped.map((s) => s.reason)).toEqual(['promise', 'promise'])
    const after = addDays(TODAY, 6)
    expect((await core.ok('dunning.plan', { asOf: after })).proposals).toHaveLength(1)
    await core.ok('dunning.validate', { asOf: after })
    expect((await core.ok('promises.list', { clientId }))[0]!.status).toBe('broken')
  })
})
