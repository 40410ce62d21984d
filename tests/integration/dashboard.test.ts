import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
beforeEach(() => {
  core = createTestCore({ today: '2026-11-23' })
})
afterEach(() => core.dispose())

describe('dashboard', () => {
  it('is all zeros on an empty dossier', async () => {
    expect(await core.ok('dashboard.summary', {})).toEqual({
      outstandingCents: 0,
      overdueCents: 0,
      lateInvoiceCount: 0,
      unallocatedCreditCents: 0,
      topDebtors: [],
    })
  })

  it('sums what is owed, what is late, the credits, and ranks the largest debtors', async () => {
    const ids: number[] = []
    for (let n = 1; n <= 7; n++) {
      ids.push((await core.ok('clients.create', { code: `C${n}`, name: `Client ${n}`, kind: 'pro' })).id)
    }
    for (const [index, id] of ids.entries()) {
      const amount = (index + 1) * 10_000
      await core.ok('invoices.create', { clientId: id, number: `L${index}`, issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: amount })
      await core.ok('invoices.create', { clientId: id, number: `N${index}`, issueDate: '2026-11-01', dueDate: '2026-12-31', amountCents: 500 })
    }
    // Client 7 pays half its late invoice; client 1 overpays by 20,00 € (a credit).
    await core.ok('payments.record', { clientId: ids[6] as number, date: '2026-11-10', amountCents: 35_000, method: 'virement' })
    await core.ok('payments.record', { clientId: ids[0] as number, date: '2026-11-10', amountCents: 12_500, method: 'cheque' })
    const summary = await core.ok('dashboard.summary', {})
    // Late: 10k…70k = 280 000, minus 35 000 paid by client 7, minus client 1's 10 000 → 235 000.
    expect(summary.overdueCents).toBe(235_000)
    expect(summary.lateInvoiceCount).toBe(6)
    // Not yet due: 7 × 500, minus client 1's 500 settled by its overpayment.
    expect(summary.outstandingCents).toBe(235_000 + 3_000)
    expect(summary.unallocatedCreditCents).toBe(2_000)
    expect(summary.topDebtors.map((d) => [d.code, d.balanceCents])).toEqual([
      ['C6', 60_500],
      ['C5', 50_500],
      ['C4', 40_500],
      ['C7', 35_500],
      ['C3', 30_500],
    ])
  })
})
