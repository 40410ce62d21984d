import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
let clientId: number

beforeEach(async () => {
  core = createTestCore({ today: '2026-11-23' })
  clientId = (await core.ok('clients.create', { code: '411DUP', name: 'Établissements Dupré', kind: 'pro' })).id
})
afterEach(() => core.dispose())

async function invoice(number: string, issueDate: string, dueDate: string, amountCents: number) {
  return (await core.ok('invoices.create', { clientId, number, issueDate, dueDate, amountCents })).id
}

async function states() {
  const page = await core.ok('invoices.list', { clientId, sort: 'number' })
  return Object.fromEntries(page.rows.map((row) => [row.number, [row.state, row.balanceCents]]))
}

describe('invoices', () => {
  it('computes the due date from the terms when none is given (30 days by default, or N days end of month)', async () => {
    expect(await core.ok('invoices.create', { clientId, number: 'F1', issueDate: '2026-01-15', amountCents: 1000 })).toMatchObject({
      dueDate: '2026-02-14',
    })
    core.session.current.sqlite.prepare('UPDATE clients SET terms_days = 45, terms_end_of_month = 1 WHERE id = ?').run(clientId)
    expect(await core.ok('invoices.create', { clientId, number: 'F2', issueDate: '2026-01-15', amountCents: 1000 })).toMatchObject({
      dueDate: '2026-03-31',
    })
  })

  it('refuses a due date before the issue date, a duplicate number, a zero amount — and writes nothing', async () => {
    await invoice('F1', '2026-01-10', '2026-02-10', 1000)
    const early = await core.refused('invoices.create', { clientId, number: 'F2', issueDate: '2026-01-10', dueDate: '2026-01-09', amountCents: 1000 })
    expect(early.details?.fields).toEqual({ dueDate: "L'échéance ne peut précéder la date d'émission." })
    const duplicate = await core.refused('invoices.create', { clientId, number: 'F1', issueDate: '2026-01-10', amountCents: 1000 })
    expect(duplicate).toMatchObject({ code: 'CONFLICT', details: { fields: { number: 'Le numéro « F1 » existe déjà dans ce dossier.' } } })
    const zero = await core.refused('invoices.create', { clientId, number: 'F3', issueDate: '2026-01-10', amountCents: 0 })
    expect(zero.details?.fields).toEqual({ amountCents: 'Le montant TTC doit être supérieur à zéro.' })
    const impossible = await core.refused('invoices.create', { clientId, number: 'F4', issueDate: '2026-02-30', amountCents: 100 })
    expect(impossible.details?.fields).toEqual({ issueDate: "La date d'émission n'est pas une date valide (AAAA-MM-JJ)." })
    expect(core.count('invoices')).toBe(1)
  })
})

describe('payments and allocation', () => {
  it('allocates oldest due first across invoices, leaving the last one partly paid', async () => {
    await invoice('F-B', '2026-09-01', '2026-10-01', 30000)
    await invoice('F-A', '2026-08-01', '2026-09-01', 20000)
    await invoice('F-C', '2026-10-15', '2026-12-15', 50000)
    const proposal = await core.ok('payments.proposeAllocation', { clientId, amountCents: 60000 })
    expect(proposal.unallocatedCents).toBe(0)
    const payment = await core.ok('payments.record', { clientId, date: '2026-11-20', amountCents: 60000, method: 'virement' })
    expect(payment.allocations).toEqual(proposal.allocations)
    expect(await states()).toEqual({ 'F-A': ['paid', 0], 'F-B': ['paid', 0], 'F-C': ['partly_paid', 40000] })
    const [client] = await core.ok('clients.list', {})
    expect(client).toMatchObject({ balanceCents: 40000, overdueCents: 0 })
  })

  it('turns an overpayment into a client credit that lowers the balance', async () => {
    await invoice('F1', '2026-09-01', '2026-10-01', 10000)
    const payment = await core.ok('payments.record', { clientId, date: '2026-11-20', amountCents: 12550, method: 'cheque', reference: 'CHQ 1234567' })
    expect(payment).toMatchObject({ allocations: [{ amountCents: 10000 }], unallocatedCents: 2550 })
    expect(await states()).toEqual({ F1: ['paid', 0] })
    expect((await core.ok('clients.list', {}))[0]).toMatchObject({ balanceCents: -2550, overdueCents: 0 })
  })

  it('follows an explicit allocation and refuses one beyond an invoice balance, writing nothing', async () => {
    const a = await invoice('F1', '2026-09-01', '2026-10-01', 10000)
    const b = await invoice('F2', '2026-09-05', '2026-10-05', 10000)
    const refused = await core.refused('payments.record', {
      clientId, date: '2026-11-20', amountCents: 15000, method: 'virement',
      allocation: [{ invoiceId: a, amountCents: 12000 }, { invoiceId: b, amountCents: 3000 }],
    })
    expect(refused.details?.fields).toEqual({ allocation: 'Un montant affecté (120,00\u00a0€) dépasse le reste dû de sa facture (100,00\u00a0€).' })
    expect([core.count('payments'), core.count('allocations'), core.count('activities')]).toEqual([0, 0, 0])
    await core.ok('payments.record', {
      clientId, date: '2026-11-20', amountCents: 15000, method: 'virement',
      allocation: [{ invoiceId: b, amountCents: 10000 }, { invoiceId: a, amountCents: 5000 }],
    })
    expect(await states()).toEqual({ F1: ['overdue', 5000], F2: ['paid', 0] })
  })

  it('undoes a payment with its allocations and reopens the invoices', async () => {
    await invoice('F1', '2026-09-01', '2026-10-01', 10000)
    await invoice('F2', '2026-11-01', '2026-12-01', 10000)
    const payment = await core.ok('payments.record', { clientId, date: '2026-11-20', amountCents: 15000, method: 'virement' })
    expect(await states()).toEqual({ F1: ['paid', 0], F2: ['partly_paid', 5000] })
    const undone = await core.ok('payments.undo', { id: payment.id })
    expect(undone.reopenedInvoiceIds.sort()).toEqual(payment.allocations.map((line) => line.invoiceId).sort())
    expect(await states()).toEqual({ F1: ['overdue', 10000], F2: ['open', 10000] })
    expect(core.count('allocations')).toBe(0)
    expect((await core.refused('payments.undo', { id: payment.id })).code).toBe('NOT_FOUND')
    const timeline = core.session.current.sqlite.prepare('SELECT kind, body FROM activities ORDER BY id').all()
    expect(timeline).toEqual([
      { kind: 'payment', body: 'Règlement de 150,00\u00a0€ reçu le 20/11/2026 ; affecté à F1, F2.' },
      { kind: 'payment_undone', body: 'Règlement de 150,00\u00a0€ du 20/11/2026 annulé.' },
    ])
  })

  it('lists invoices by state, with days late for overdue ones', async () => {
    await invoice('F1', '2026-09-01', '2026-10-01', 10000)
    await invoice('F2', '2026-11-01', '2026-12-01', 20000)
    await invoice('F3', '2026-08-01', '2026-08-31', 5000)
    await core.ok('payments.record', { clientId, date: '2026-11-20', amountCents: 5000, method: 'virement' })
    const numbers = async (filter: 'open' | 'overdue' | 'paid' | 'all') =>
      (await core.ok('invoices.list', { filter })).rows.map((row) => row.number)
    expect(await numbers('overdue')).toEqual(['F1'])
    expect(await numbers('open')).toEqual(['F1', 'F2'])
    expect(await numbers('paid')).toEqual(['F3'])
    const overdue = await core.ok('invoices.list', { filter: 'overdue' })
    expect(overdue).toMatchObject({ total: 1, rows: [{ number: 'F1', daysLate: 53, clientName: 'Établissements Dupré' }] })
  })
})

describe('credit notes and corrections', () => {
  it('applies a credit note to the oldest invoices like a payment, and lists payments with their credit', async () => {
    await invoice('F1', '2026-09-01', '2026-10-01', 10000)
    await invoice('F2', '2026-10-01', '2026-11-01', 10000)
    const { id: creditNoteId } = await core.ok('invoices.create', { clientId, number: 'AV1', kind: 'credit_note', issueDate: '2026-11-05', amountCents: 15000 })
    expect((await core.ok('clients.list', {}))[0]?.balanceCents).toBe(5000)
    const applied = await core.ok('creditNotes.allocate', { creditNoteId })
    expect(applied).toMatchObject({ remainingCents: 0, allocations: [{ amountCents: 10000 }, { amountCents: 5000 }] })
    expect(await states()).toEqual({ AV1: ['credit_used', 0], F1: ['paid', 0], F2: ['overdue', 5000] })
    expect((await core.refused('creditNotes.allocate', { creditNoteId })).message).toBe("L'avoir AV1 est déjà entièrement utilisé.")

    await core.ok('payments.record', { clientId, date: '2026-11-21', amountCents: 7000, method: 'cheque', reference: 'CHQ 42' })
    expect(await core.ok('payments.list', { clientId })).toMatchObject([
      { date: '2026-11-21', amountCents: 7000, method: 'cheque', reference: 'CHQ 42', unallocatedCents: 2000, invoiceNumbers: ['F2'] },
    ])
  })

  it('corrects an invoice but never below what is already settled on it', async () => {
    const id = await invoice('F1', '2026-09-01', '2026-10-01', 10000)
    await core.ok('payments.record', { clientId, date: '2026-11-20', amountCents: 6000, method: 'virement' })
    const fields = { clientId, number: 'F1-bis', issueDate: '2026-09-01', dueDate: '2026-10-15', amountCents: 5000 }
    const refused = await core.refused('invoices.update', { id, fields })
    expect(refused.details?.fields).toEqual({ amountCents: 'Le montant ne peut être inférieur à ce qui est déjà lettré (60,00\u00a0€).' })
    await core.ok('invoices.update', { id, fields: { ...fields, amountCents: 8000 } })
    expect(await states()).toEqual({ 'F1-bis': ['overdue', 2000] })
  })
})
