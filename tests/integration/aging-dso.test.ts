import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clientDso, dossierDso } from '../../src-main/data/queries/dso'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
beforeEach(() => {
  core = createTestCore({ today: '2026-11-30' })
})
afterEach(() => core.dispose())

const db = () => core.session.current.db

/**
 * One client, three months of sales:
 *   September  S1 4 000,00                        net 4 000,00
 *   October    O1 2 000,00, credit note AV 500,00  net 1 500,00
 *   November   N1 3 000,00                        net 3 000,00
 * and a payment of 3 500,00 on 15/11 (on S1); the credit note is not applied.
 */
async function ledger(): Promise<number> {
  const { id } = await core.ok('clients.create', { code: '411DSO', name: 'Menuiserie Béranger', kind: 'pro' })
  await core.ok('invoices.create', { clientId: id, number: 'S1', issueDate: '2026-09-10', dueDate: '2026-10-10', amountCents: 400_000 })
  await core.ok('invoices.create', { clientId: id, number: 'O1', issueDate: '2026-10-05', dueDate: '2026-11-04', amountCents: 200_000 })
  await core.ok('invoices.create', { clientId: id, number: 'AV', kind: 'credit_note', issueDate: '2026-10-20', dueDate: '2026-10-20', amountCents: 50_000 })
  await core.ok('invoices.create', { clientId: id, number: 'N1', issueDate: '2026-11-12', dueDate: '2026-12-12', amountCents: 300_000 })
  await core.ok('payments.record', { clientId: id, date: '2026-11-15', amountCents: 350_000, method: 'virement' })
  return id
}

describe('DSO by countback', () => {
  it('matches the hand computation at a month end, for the dossier and the client', async () => {
    const id = await ledger()
    // Owed on 30/11: 9 000 − 500 − 3 500 = 5 000 (the aged balance's total as well).
    // November's 3 000 → 30 days, 2 000 left; October's 1 500 → 31 days, 500 left;
    // September: 500 / 4 000 × 30 days = 3.75. DSO = 64.75 → 65 days.
    expect(dossierDso(db(), '2026-11-30')).toBe(65)
    expect(clientDso(db(), id, '2026-11-30')).toBe(65)
    const report = await core.ok('aging.report', {})
    expect(report.totals.totalCents).toBe(500_000)
    expect(report.dsoDays).toBe(65)
    expect((await core.ok('aging.clientInvoices', { clientId: id })).dsoDays).toBe(65)
  })

  it('counts back from a past date mid-month, with months ending on its day', async () => {
    await ledger()
    // Owed on 25/10: 4 000 + 2 000 − 500 = 5 500 (the payment came later). Month
    // (25/09, 25/10], 30 days: 2 000 − 500 = 1 500, 4 000 left; month (25/08, 25/09],
    // 31 days: 4 000 of 4 000 → 31 days. DSO = 61.
    expect(dossierDso(db(), '2026-10-25')).toBe(61)
  })

  it('is null without sales and 0 when nothing is owed', async () => {
    expect(dossierDso(db(), '2026-11-30')).toBeNull()
    expect((await core.ok('aging.report', {})).dsoDays).toBeNull()
    const { id } = await core.ok('clients.create', { code: '411PAYE', name: 'Client à jour', kind: 'pro' })
    await core.ok('invoices.create', { clientId: id, number: 'P1', issueDate: '2026-11-02', dueDate: '2026-12-02', amountCents: 10_000 })
    await core.ok('payments.record', { clientId: id, date: '2026-11-20', amountCents: 10_000, method: 'cheque' })
    expect(dossierDso(db(), '2026-11-30')).toBe(0)
    expect(clientDso(db(), id, '2026-11-01')).toBeNull()
  })
})
