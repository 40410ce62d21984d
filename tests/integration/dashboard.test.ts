import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { saveAgingLimits } from '../../src-main/data/queries/aging-limits'
import { dossierDso } from '../../src-main/data/queries/dso'
import { createTestCore, type TestCore } from '../helpers/test-core'

// Today is Monday 23 November 2026 in every test of this file unless a core says otherwise.
let core: TestCore
beforeEach(() => {
  core = createTestCore({ today: '2026-11-23' })
})
afterEach(() => core.dispose())

async function client(code: string): Promise<number> {
  return (await core.ok('clients.create', { code, name: `Client ${code}`, kind: 'pro' })).id
}

async function invoice(clientId: number, number: string, dueDate: string, amountCents: number): Promise<number> {
  return (await core.ok('invoices.create', { clientId, number, issueDate: '2025-01-01', dueDate, amountCents })).id
}

describe('dashboard summary', () => {
  it('is all zeros on an empty dossier, with the default buckets and the months already named', async () => {
    expect(await core.ok('dashboard.summary', {})).toEqual({
      outstandingCents: 0,
      overdueCents: 0,
      overdueShare: 0,
      lateInvoiceCount: 0,
      unallocatedCreditCents: 0,
      dsoDays: null,
      aging: [
        { key: 'not_due', label: 'Non échu', amountCents: 0, invoiceCount: 0 },
        { key: '1_30', label: '1–30 j', amountCents: 0, invoiceCount: 0 },
        { key: '31_60', label: '31–60 j', amountCents: 0, invoiceCount: 0 },
        { key: '61_90', label: '61–90 j', amountCents: 0, invoiceCount: 0 },
        { key: 'over_90', label: 'Plus de 90 j', amountCents: 0, invoiceCount: 0 },
      ],
      topDebtors: [],
      collected: { thisMonth: { month: '2026-11', amountCents: 0 }, lastMonth: { month: '2026-10', amountCents: 0 } },
    })
  })

  it('sums what is owed, what is late, the credits, and ranks the debtors once their credits are counted', async () => {
    const ids: number[] = []
    for (let n = 1; n <= 7; n++) ids.push(await client(`C${n}`))
    for (const [index, id] of ids.entries()) {
      await invoice(id, `L${index}`, '2026-10-01', (index + 1) * 10_000)
      await invoice(id, `N${index}`, '2026-12-31', 500)
    }
    // Client 7 pays half its late invoice; client 1 overpays by 20,00 € (a credit).
    await core.ok('payments.record', { clientId: ids[6] as number, date: '2026-11-10', amountCents: 35_000, method: 'virement' })
    await core.ok('payments.record', { clientId: ids[0] as number, date: '2026-11-10', amountCents: 12_500, method: 'cheque' })
    const summary = await core.ok('dashboard.summary', {})
    // Late (53 days, 31–60): 10k…70k = 280 000, minus 35 000 paid by client 7, minus client 1's 10 000 → 235 000.
    expect(summary.overdueCents).toBe(235_000)
    expect(summary.lateInvoiceCount).toBe(6)
    // Not yet due: 7 × 500, minus client 1's 500 settled by its overpayment.
    expect(summary.outstandingCents).toBe(238_000)
    expect(summary.overdueShare).toBeCloseTo(235_000 / 238_000, 12)
    expect(summary.aging.map((bucket) => [bucket.amountCents, bucket.invoiceCount])).toEqual([[3_000, 6], [0, 0], [235_000, 6], [0, 0], [0, 0]])
    expect(summary.unallocatedCreditCents).toBe(2_000)
    // Client 1 owes nothing once its 20,00 € credit is counted: it is no debtor.
    expect(summary.topDebtors.map((d) => [d.code, d.balanceCents, d.overdueCents])).toEqual([
      ['C6', 60_500, 60_000],
      ['C5', 50_500, 50_000],
      ['C4', 40_500, 40_000],
      ['C7', 35_500, 35_000],
      ['C3', 30_500, 30_000],
      ['C2', 20_500, 20_000],
    ])
  })

  it('lists the ten largest debtors with the balances of the client list, unused credit notes and unallocated payments deducted', async () => {
    const ids: number[] = []
    for (let n = 1; n <= 12; n++) {
      const id = await client(`D${String(n).padStart(2, '0')}`)
      ids.push(id)
      await invoice(id, `F${n}`, '2026-11-01', n * 100_000)
    }
    // D12 gets a credit note it has not used yet, D11 a payment left unallocated: both now owe less than D10.
    await core.ok('invoices.create', { clientId: ids[11] as number, number: 'AV1', kind: 'credit_note', issueDate: '2026-11-05', dueDate: '2026-11-05', amountCents: 300_000 })
    await core.ok('payments.record', { clientId: ids[10] as number, date: '2026-11-05', amountCents: 200_000, method: 'virement', allocation: 'none' })
    const { topDebtors } = await core.ok('dashboard.summary', {})
    const clients = await core.ok('clients.list', {})
    const balanceOf = new Map(clients.map((c) => [c.id, [c.balanceCents, c.overdueCents]]))
    expect(topDebtors).toHaveLength(10)
    expect(topDebtors.map((d) => [d.code, d.balanceCents])).toEqual([
      ['D10', 1_000_000],
      ['D09', 900_000],
      ['D11', 900_000],
      ['D12', 900_000],
      ['D08', 800_000],
      ['D07', 700_000],
      ['D06', 600_000],
      ['D05', 500_000],
      ['D04', 400_000],
      ['D03', 300_000],
    ])
    for (const debtor of topDebtors) expect([debtor.balanceCents, debtor.overdueCents]).toEqual(balanceOf.get(debtor.clientId))
  })

  it("shows the dossier's DSO, countback method, as the aged balance computes it", async () => {
    const id = await client('S')
    await core.ok('invoices.create', { clientId: id, number: 'S1', issueDate: '2026-11-02', dueDate: '2026-12-02', amountCents: 30_000 })
    const paid = await core.ok('invoices.create', { clientId: id, number: 'S2', issueDate: '2026-11-03', dueDate: '2026-12-03', amountCents: 30_000 })
    await core.ok('payments.record', { clientId: id, date: '2026-11-20', amountCents: 30_000, method: 'virement', allocation: [{ invoiceId: paid.id, amountCents: 30_000 }] })
    const { dsoDays } = await core.ok('dashboard.summary', {})
    // 300,00 € owed against 600,00 € sold in the month to 23 November (31 days): 15.5 days, rounded → 16.
    expect(dsoDays).toBe(16)
    expect(dsoDays).toBe(dossierDso(core.session.current.db, '2026-11-23'))
  })

  it('puts each invoice in its bucket by days late, a limit day in the bucket it closes', async () => {
    const id = await client('B')
    const due: [string, number][] = [
      ['2026-11-23', 1], // due today: not yet due
      ['2026-11-22', 2], // 1 day late
      ['2026-10-24', 4], // 30 days
      ['2026-10-23', 8], // 31 days
      ['2026-09-24', 16], // 60 days
      ['2026-09-23', 32], // 61 days
      ['2026-08-25', 64], // 90 days
      ['2026-08-24', 128], // 91 days
    ]
    for (const [dueDate, amount] of due) await invoice(id, `B-${dueDate}`, dueDate, amount)
    const summary = await core.ok('dashboard.summary', {})
    expect(summary.aging.map((bucket) => bucket.amountCents)).toEqual([1, 2 + 4, 8 + 16, 32 + 64, 128])
    expect(summary.overdueCents).toBe(255 - 1)
    expect(summary.lateInvoiceCount).toBe(7)

    // The dossier's own limits: 15 and 45 days.
    saveAgingLimits(core.session.current.db, [15, 45], '2026-11-23T09:00:00.000Z')
    const custom = await core.ok('dashboard.summary', {})
    expect(custom.aging).toEqual([
      { key: 'not_due', label: 'Non échu', amountCents: 1, invoiceCount: 1 },
      { key: '1_15', label: '1–15 j', amountCents: 2, invoiceCount: 1 },
      { key: '16_45', label: '16–45 j', amountCents: 4 + 8, invoiceCount: 2 },
      { key: 'over_45', label: 'Plus de 45 j', amountCents: 16 + 32 + 64 + 128, invoiceCount: 4 },
    ])
  })
})

describe('cash collected this month and last month', () => {
  async function pay(clientId: number, date: string, amountCents: number) {
    await core.ok('payments.record', { clientId, date, amountCents, method: 'virement', allocation: 'none' })
  }

  it('sums the payments by their date in the calendar month of today and the month before, credit notes aside', async () => {
    const id = await client('M')
    await pay(id, '2026-09-30', 1) // the month before last
    await pay(id, '2026-10-01', 10) // first day of last month
    await pay(id, '2026-10-31', 20) // last day of last month
    await pay(id, '2026-11-01', 100) // first day of this month
    await pay(id, '2026-11-23', 200) // today
    await pay(id, '2026-11-30', 400) // recorded ahead, still this month
    await pay(id, '2026-12-01', 1_000) // next month
    // A credit note cancels a debt: no cash comes in.
    await core.ok('invoices.create', { clientId: id, number: 'AV-M', kind: 'credit_note', issueDate: '2026-11-10', dueDate: '2026-11-10', amountCents: 5_000 })
    const { collected } = await core.ok('dashboard.summary', {})
    expect(collected).toEqual({ thisMonth: { month: '2026-11', amountCents: 700 }, lastMonth: { month: '2026-10', amountCents: 30 } })
  })

  it('counts a payment whether it settled invoices or was left as a credit', async () => {
    const id = await client('P')
    await invoice(id, 'P1', '2026-10-15', 8_000)
    await core.ok('payments.record', { clientId: id, date: '2026-11-02', amountCents: 10_000, method: 'cheque' })
    const { collected, unallocatedCreditCents } = await core.ok('dashboard.summary', {})
    expect(collected.thisMonth.amountCents).toBe(10_000)
    expect(unallocatedCreditCents).toBe(2_000)
  })

  it('takes December of the year before as last month in January', async () => {
    core.dispose()
    core = createTestCore({ today: '2027-01-05' })
    const id = await client('J')
    await pay(id, '2026-11-30', 1)
    await pay(id, '2026-12-01', 10)
    await pay(id, '2026-12-31', 20)
    await pay(id, '2027-01-01', 100)
    const { collected } = await core.ok('dashboard.summary', {})
    expect(collected).toEqual({ thisMonth: { month: '2027-01', amountCents: 100 }, lastMonth: { month: '2026-12', amountCents: 30 } })
  })
})
