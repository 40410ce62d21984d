import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
let clientId: number

beforeEach(async () => {
  core = createTestCore({ today: '2026-11-23' })
  clientId = (
    await core.ok('clients.create', {
      code: '411LEF',
      name: 'Boulangerie Lefèvre',
      kind: 'pro',
      segment: 'Commerces',
      termsDays: 45,
      termsEndOfMonth: true,
      contacts: [{ name: 'Hélène Lefèvre', role: 'Gérante', email: 'helene@lefevre.fr' }],
    })
  ).id
})
afterEach(() => core.dispose())

describe('the client file', () => {
  it('returns the whole file, its balance, credit and open invoices', async () => {
    await core.ok('invoices.create', { clientId, number: 'F1', issueDate: '2026-08-01', dueDate: '2026-09-30', amountCents: 12000 })
    await core.ok('invoices.create', { clientId, number: 'F2', issueDate: '2026-10-01', dueDate: '2026-12-31', amountCents: 8000 })
    await core.ok('payments.record', { clientId, date: '2026-11-01', amountCents: 3000, method: 'cheque', allocation: 'none' })
    const file = await core.ok('clients.get', { id: clientId })
    expect(file).toMatchObject({
      code: '411LEF',
      balanceCents: 17000,
      overdueCents: 12000,
      creditCents: 3000,
      openInvoiceCount: 2,
      fields: {
        segment: 'Commerces',
        termsDays: 45,
        termsEndOfMonth: true,
        contacts: [{ name: 'Hélène Lefèvre', role: 'Gérante', email: 'helene@lefevre.fr' }],
      },
    })
  })

  it('edits a client, refusing a code another client has, and filters by segment and overdue', async () => {
    await core.ok('clients.create', { code: '411AUT', name: 'Autre', kind: 'pro' })
    const current = await core.ok('clients.get', { id: clientId })
    const taken = await core.refused('clients.update', { id: clientId, fields: { ...current.fields, code: '411AUT' } })
    expect(taken.details?.fields).toEqual({ code: 'Le code client « 411AUT » est déjà utilisé.' })
    await core.ok('clients.update', { id: clientId, fields: { ...current.fields, name: 'Boulangerie Lefèvre & Fils', segment: 'Grands comptes', contacts: [] } })
    const edited = await core.ok('clients.get', { id: clientId })
    expect(edited.name).toBe('Boulangerie Lefèvre & Fils')
    expect(edited.fields.contacts).toEqual([])
    expect(await core.ok('clients.segments', {})).toEqual(['Commerces', 'Grands comptes'])
    expect((await core.ok('clients.list', { segment: 'Grands comptes' })).map((c) => c.code)).toEqual(['411LEF'])
    await core.ok('invoices.create', { clientId, number: 'F1', issueDate: '2026-08-01', dueDate: '2026-09-30', amountCents: 100 })
    expect((await core.ok('clients.list', { overdueOnly: true })).map((c) => c.code)).toEqual(['411LEF'])
  })

  it('archives a client with invoices instead of deleting it, and brings it back', async () => {
    await core.ok('invoices.create', { clientId, number: 'F1', issueDate: '2026-08-01', amountCents: 100 })
    await core.ok('clients.archive', { id: clientId, archived: true })
    expect((await core.ok('clients.list', {})).map((c) => c.code)).toEqual([])
    expect((await core.ok('clients.list', { includeArchived: true }))[0]).toMatchObject({ code: '411LEF', archived: true })
    expect(() => core.session.current.sqlite.prepare('DELETE FROM clients WHERE id = ?').run(clientId)).toThrow(/FOREIGN KEY/)
    await core.ok('clients.archive', { id: clientId, archived: false })
    expect((await core.ok('clients.list', {})).map((c) => c.code)).toEqual(['411LEF'])
  })

  it('records disputes and notes in a dated timeline, newest first', async () => {
    const { id: invoiceId } = await core.ok('invoices.create', { clientId, number: 'F7', issueDate: '2026-08-01', amountCents: 100 })
    await core.ok('timeline.addNote', { clientId, body: 'Appel : règlement promis fin du mois.', occurredOn: '2026-11-02' })
    await core.ok('disputes.open', { invoiceId, reason: 'livraison', note: 'Colis abîmé' })
    expect((await core.refused('disputes.open', { invoiceId, reason: 'prix' })).message).toBe('La facture F7 est déjà en litige.')
    expect((await core.ok('invoices.list', { filter: 'disputed' })).rows.map((r) => r.number)).toEqual(['F7'])
    await core.ok('disputes.close', { invoiceId, note: 'Avoir accordé' })
    expect((await core.ok('invoices.list', { filter: 'disputed' })).rows).toEqual([])
    const timeline = await core.ok('timeline.list', { clientId })
    expect(timeline.map((entry) => [entry.occurredOn, entry.kind, entry.body])).toEqual([
      ['2026-11-23', 'dispute_closed', 'Litige levé sur la facture F7 : Avoir accordé.'],
      ['2026-11-23', 'dispute_opened', 'Facture F7 mise en litige (livraison) : Colis abîmé.'],
      ['2026-11-02', 'note', 'Appel : règlement promis fin du mois.'],
    ])
    expect(timeline[0]?.invoiceNumber).toBe('F7')
  })

  it('refuses an empty note and an unknown reason, writing nothing', async () => {
    expect((await core.refused('timeline.addNote', { clientId, body: '  ' })).details?.fields).toEqual({ body: 'La note est obligatoire.' })
    const { id: invoiceId } = await core.ok('invoices.create', { clientId, number: 'F8', issueDate: '2026-08-01', amountCents: 100 })
    expect((await core.refused('disputes.open', { invoiceId, reason: 'humeur' })).details?.fields).toEqual({ reason: 'Choisissez le motif du litige.' })
    expect([core.count('activities'), core.count('disputes')]).toEqual([0, 0])
  })
})
