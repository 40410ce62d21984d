import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CashForecast } from '../../src-shared/contract/dashboard'
import { createTestCore, type TestCore } from '../helpers/test-core'

// Today is Monday 23 November 2026: week 1 runs from 23 to 29 November, week 2 from 30 November, …
let core: TestCore
beforeEach(() => {
  core = createTestCore({ today: '2026-11-23' })
})
afterEach(() => core.dispose())

async function client(code: string): Promise<number> {
  return (await core.ok('clients.create', { code, name: `Client ${code}`, kind: 'pro' })).id
}

async function invoice(clientId: number, number: string, dueDate: string, amountCents: number): Promise<number> {
  return (await core.ok('invoices.create', { clientId, number, issueDate: '2024-01-01', dueDate, amountCents })).id
}

/** An invoice paid whole by one payment `daysLate` after its due date (negative: early). */
async function paidInvoice(clientId: number, number: string, dueDate: string, paidOn: string, amountCents: number): Promise<void> {
  const invoiceId = await invoice(clientId, number, dueDate, amountCents)
  await core.ok('payments.record', { clientId, date: paidOn, amountCents, method: 'virement', allocation: [{ invoiceId, amountCents }] })
}

async function forecast(): Promise<CashForecast> {
  return core.ok('dashboard.forecast', {})
}

const amounts = (f: CashForecast) => f.weeks.map((w) => w.amountCents)

describe('expected cash-in over eight weeks', () => {
  it('names the eight weeks from today, with nothing expected in an empty dossier', async () => {
    expect(await forecast()).toEqual({
      weeks: ['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11'].map(
        (startsOn) => ({ startsOn, amountCents: 0, behindCents: 0 }),
      ),
      behindScheduleCents: 0,
      laterCents: 0,
      disputedCents: 0,
      uncertainCents: 0,
      uncertainAfterDays: 60,
      dossierDelayDays: null,
    })
  })

  it("dates each open invoice from its client's delay, weighted by amount, rounded half away from zero", async () => {
    const a = await client('A')
    // Paid 10 days late on 1 000,00 € and 23 days late on 1 000,00 €: 16.5 days, rounded away from zero → 17.
    await paidInvoice(a, 'A-H1', '2026-09-01', '2026-09-11', 100_000)
    await paidInvoice(a, 'A-H2', '2026-10-01', '2026-10-24', 100_000)
    await invoice(a, 'A-1', '2026-11-20', 1_000) // expected 7 Dec: day 14, first day of week 3
    await invoice(a, 'A-2', '2026-11-14', 2_000) // expected 1 Dec: day 8 → week 2
    await invoice(a, 'A-3', '2026-11-06', 4_000) // expected 23 Nov, today → week 1, on schedule
    await invoice(a, 'A-4', '2026-12-28', 8_000) // expected 14 Jan: day 52 → week 8 (from 11 Jan)
    await invoice(a, 'A-5', '2027-01-01', 16_000) // expected 18 Jan: day 56 → after the eight weeks
    // Expected 18 Oct: 36 days behind A's habit, so spread over the next 6 weeks (as late again, at most).
    await invoice(a, 'A-6', '2026-10-01', 32_000)
    const result = await forecast()
    expect(amounts(result)).toEqual([4_000 + 5_334, 2_000 + 5_334, 1_000 + 5_333, 5_333, 5_333, 5_333, 0, 8_000])
    expect(result.weeks.map((w) => w.behindCents)).toEqual([5_334, 5_334, 5_333, 5_333, 5_333, 5_333, 0, 0])
    expect(result.behindScheduleCents).toBe(32_000)
    expect(result.laterCents).toBe(16_000)
    expect(result.dossierDelayDays).toBe(17)
  })

  it("gives a client with no payment history the dossier's average delay, weighted by amount over every client", async () => {
    const a = await client('A')
    await paidInvoice(a, 'A-H1', '2026-09-01', '2026-09-11', 100_000) // +10 days
    await paidInvoice(a, 'A-H2', '2026-10-01', '2026-10-21', 300_000) // +20 days
    const c = await client('C')
    await paidInvoice(c, 'C-H1', '2026-10-10', '2026-10-06', 200_000) // 4 days early
    const b = await client('B')
    // Dossier: (10 × 1 000 + 20 × 3 000 − 4 × 2 000) / 6 000 = 10.33 → 10 days; A keeps its 18, C its −4.
    await invoice(b, 'B-1', '2026-11-25', 1_000) // + 10 → 5 Dec: day 12 → week 2
    await invoice(a, 'A-1', '2026-11-25', 2_000) // + 18 → 13 Dec: day 20 → week 3
    await invoice(c, 'C-1', '2026-12-31', 4_000) // − 4 → 27 Dec: day 34 → week 5
    await invoice(c, 'C-2', '2026-11-24', 8_000) // − 4 → 20 Nov: C usually pays early, so it is behind schedule
    const result = await forecast()
    expect(result.dossierDelayDays).toBe(10)
    expect(amounts(result)).toEqual([8_000, 1_000, 2_000, 0, 4_000, 0, 0, 0])
    expect(result.behindScheduleCents).toBe(8_000)
  })

  it('learns only from the last 12 months of payments, on invoices now fully settled, not from credit notes', async () => {
    const a = await client('A')
    await paidInvoice(a, 'A-H1', '2026-06-01', '2026-06-06', 100_000) // +5: the history that counts
    await paidInvoice(a, 'A-OLD', '2025-10-01', '2025-11-23', 900_000) // paid exactly 12 months ago: too old
    // Part-paid 100 days late but still open: no delay is known yet.
    const open = await invoice(a, 'A-PART', '2026-08-01', 50_000)
    await core.ok('payments.record', { clientId: a, date: '2026-11-09', amountCents: 10_000, method: 'cheque', allocation: [{ invoiceId: open, amountCents: 10_000 }] })
    // Settled 60 days late by a credit note: no payment, no delay.
    const cancelled = await invoice(a, 'A-CN', '2026-08-01', 20_000)
    const { id: creditNoteId } = await core.ok('invoices.create', { clientId: a, number: 'AV-1', kind: 'credit_note', issueDate: '2026-09-30', dueDate: '2026-09-30', amountCents: 20_000 })
    await core.ok('creditNotes.allocate', { creditNoteId, allocation: [{ invoiceId: cancelled, amountCents: 20_000 }] })
    await invoice(a, 'A-1', '2026-11-26', 1_000) // + 5 → 1 Dec: day 8 → week 2
    const result = await forecast()
    expect(result.dossierDelayDays).toBe(5)
    // The part-paid invoice's 400,00 € left is 114 days overdue: uncertain, in no week.
    expect(amounts(result)).toEqual([0, 1_000, 0, 0, 0, 0, 0, 0])
    expect(result.behindScheduleCents).toBe(0)
    expect(result.uncertainCents).toBe(40_000)
  })

  it('expects the due date itself when the dossier has no payment history at all', async () => {
    const b = await client('B')
    await invoice(b, 'B-1', '2026-11-29', 1_000) // day 6 → week 1
    await invoice(b, 'B-2', '2026-11-30', 2_000) // day 7 → week 2
    const result = await forecast()
    expect(result.dossierDelayDays).toBeNull()
    expect(amounts(result)).toEqual([1_000, 2_000, 0, 0, 0, 0, 0, 0])
    expect(result.behindScheduleCents).toBe(0)
  })

  it('sets disputed invoices apart until the dispute is lifted, so that every open euro is in exactly one place', async () => {
    const b = await client('B')
    const disputed = await invoice(b, 'B-1', '2026-12-01', 1_000)
    await invoice(b, 'B-2', '2026-12-01', 2_000)
    await invoice(b, 'B-3', '2027-06-01', 4_000)
    await core.ok('disputes.open', { invoiceId: disputed, reason: 'qualite' })
    let result = await forecast()
    expect(result.disputedCents).toBe(1_000)
    expect(amounts(result)).toEqual([0, 2_000, 0, 0, 0, 0, 0, 0])
    const summary = await core.ok('dashboard.summary', {})
    const placed = result.weeks.reduce((total, w) => total + w.amountCents, 0) + result.laterCents + result.disputedCents + result.uncertainCents
    expect(placed).toBe(summary.openInvoicesCents)

    await core.ok('disputes.close', { invoiceId: disputed })
    result = await forecast()
    expect(result.disputedCents).toBe(0)
    expect(amounts(result)).toEqual([0, 3_000, 0, 0, 0, 0, 0, 0])
  })

  it('sets apart as uncertain what is overdue beyond the dossier’s limit (60 days unless changed), never in next week', async () => {
    const a = await client('A')
    await paidInvoice(a, 'A-H1', '2026-09-01', '2026-09-11', 100_000) // +10 days
    await invoice(a, 'A-60', '2026-09-24', 1_000) // 60 days overdue: 50 days behind the habit → spread over 8 weeks
    await invoice(a, 'A-61', '2026-09-23', 2_000) // 61 days: uncertain
    await invoice(a, 'A-693', '2024-12-30', 4_000) // 693 days: uncertain
    let result = await forecast()
    expect(result.uncertainCents).toBe(6_000)
    expect(result.weeks.map((w) => w.behindCents)).toEqual([125, 125, 125, 125, 125, 125, 125, 125])

    const refused = await core.refused('dashboard.saveForecastSettings', { uncertainAfterDays: 5 })
    expect(refused).toMatchObject({ code: 'VALIDATION' })
    expect((await forecast()).uncertainAfterDays).toBe(60)
    result = await core.ok('dashboard.saveForecastSettings', { uncertainAfterDays: 90 })
    expect(result).toMatchObject({ uncertainAfterDays: 90, uncertainCents: 4_000 })
    expect(await forecast()).toEqual(result)
  })
})

describe('weeks from Monday to Sunday', () => {
  it('starts week 1 on the Monday of the current week when today is a Sunday', async () => {
    core.dispose()
    core = createTestCore({ today: '2026-12-06' })
    const a = await client('A')
    await invoice(a, 'A-1', '2026-12-06', 1_000) // today, Sunday → week 1 (30 Nov – 6 Dec)
    await invoice(a, 'A-2', '2026-12-07', 2_000) // tomorrow, Monday → week 2
    await invoice(a, 'A-3', '2027-01-24', 4_000) // Sunday of week 8 (from 18 Jan)
    await invoice(a, 'A-4', '2027-01-25', 8_000) // after the eight weeks
    const result = await forecast()
    expect(result.weeks.map((w) => w.startsOn)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11', '2027-01-18'])
    expect(amounts(result)).toEqual([1_000, 2_000, 0, 0, 0, 0, 0, 4_000])
    expect(result.laterCents).toBe(8_000)
  })
})
