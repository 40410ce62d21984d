import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AgingReport } from '../../src-shared/contract/aging'
import { agingLedger, client, creditNote, invoice, payment } from '../helpers/aging-ledger'
import { createTestCore, type TestCore } from '../helpers/test-core'

// Today is 2026-11-23 (the reference ledger is described in tests/helpers/aging-ledger.ts).
let core: TestCore
beforeEach(() => {
  core = createTestCore({ today: '2026-11-23' })
})
afterEach(() => core.dispose())

/** code → [total, buckets…, credit] for compact comparisons. */
function byCode(report: AgingReport): Record<string, number[]> {
  return Object.fromEntries(report.rows.map((row) => [row.code, [row.totalCents, ...row.bucketCents, row.creditCents]]))
}

describe('aged balance report', () => {
  it('splits each client by days late, due today being not yet due and 31 days being 31–60', async () => {
    await agingLedger(core)
    const report = await core.ok('aging.report', {})
    expect(report.asOf).toBe('2026-11-23')
    expect(report.limits).toEqual([30, 60, 90])
    expect(report.buckets.map((bucket) => bucket.key)).toEqual(['not_due', '1_30', '31_60', '61_90', 'over_90'])
    expect(report.buckets.map((bucket) => bucket.label)).toEqual(['Non échu', '1–30 j', '31–60 j', '61–90 j', 'Plus de 90 j'])
    // [total, not due, 1–30, 31–60, 61–90, over 90, credits]
    expect(byCode(report)).toEqual({
      '411DUPRE': [150_000, 10_000, 50_000, 40_000, 0, 50_000, 0],
      // 1 000 € less the 250 € paid; the fully paid B3 is gone; the unused credit note lowers the total.
      '411LEFEV': [63_000, 0, 0, 0, 75_000, 0, -12_000],
      // Only an unallocated payment: a client in credit.
      '411MARTI': [-8_000, 0, 0, 0, 0, 0, -8_000],
    })
    expect(report.totals).toEqual({
      clientCount: 3,
      totalCents: 205_000,
      bucketCents: [10_000, 50_000, 40_000, 75_000, 50_000],
      creditCents: -20_000,
    })
  })

  it('as of a past date counts only what was issued by then and ignores later payments and credit notes', async () => {
    await agingLedger(core)
    const report = await core.ok('aging.report', { asOf: '2026-11-05' })
    expect(byCode(report)).toEqual({
      // A1 (issued 24/10) not due; A2 due 22/11 not due; A3 12 days and A4 13 days late; A5 73 days late.
      '411DUPRE': [150_000, 30_000, 70_000, 0, 50_000, 0, 0],
      // The payment of 10/11 and the credit note of 15/11 had not happened: B1 owed in full, 65 days late.
      '411LEFEV': [100_000, 0, 0, 0, 100_000, 0, 0],
    })
    expect(report.totals.totalCents).toBe(250_000)
  })

  it('replays allocations across the date: a payment received before an invoice it later settled was a credit then', async () => {
    const advance = await client(core, '411AVANC', 'Acompte SARL')
    const later = await invoice(core, advance, 'E1', '2026-10-15', '2026-11-15', 30_000)
    await payment(core, advance, '2026-10-01', 30_000, [{ invoiceId: later, amountCents: 30_000 }])
    const note = await client(core, '411AVOIR', 'Avoir SAS')
    await invoice(core, note, 'F1', '2026-09-01', '2026-10-01', 50_000)
    const av = await creditNote(core, note, 'AV-F', '2026-11-01', 20_000)
    await core.ok('creditNotes.allocate', { creditNoteId: av })

    expect(byCode(await core.ok('aging.report', { asOf: '2026-10-10' }))).toEqual({
      '411AVANC': [-30_000, 0, 0, 0, 0, 0, -30_000],
      '411AVOIR': [50_000, 0, 50_000, 0, 0, 0, 0],
    })
    expect(byCode(await core.ok('aging.report', { asOf: '2026-10-20' }))).toEqual({ '411AVOIR': [50_000, 0, 50_000, 0, 0, 0, 0] })
    expect(byCode(await core.ok('aging.report', {}))).toEqual({ '411AVOIR': [30_000, 0, 0, 30_000, 0, 0, 0] })
  })

  it('filters by segment, minimum balance, lateness and name, and sorts by any column', async () => {
    await agingLedger(core)
    const codes = async (input: object) => (await core.ok('aging.report', input)).rows.map((row) => row.code)
    expect(await codes({})).toEqual(['411LEFEV', '411DUPRE', '411MARTI'])
    expect(await codes({ segment: 'Artisans' })).toEqual(['411LEFEV', '411MARTI'])
    expect(await codes({ minimumCents: 63_000 })).toEqual(['411LEFEV', '411DUPRE'])
    expect(await codes({ onlyLate: true })).toEqual(['411LEFEV', '411DUPRE'])
    expect(await codes({ search: 'LEFEVRE' })).toEqual(['411LEFEV'])
    expect(await codes({ search: 'zoe' })).toEqual(['411MARTI'])
    expect(await codes({ sort: 'total', descending: true })).toEqual(['411DUPRE', '411LEFEV', '411MARTI'])
    expect(await codes({ sort: 2 })).toEqual(['411LEFEV', '411MARTI', '411DUPRE'])
    expect(await codes({ sort: 3, descending: true })).toEqual(['411LEFEV', '411DUPRE', '411MARTI'])
    expect(await codes({ sort: 'credit' })).toEqual(['411LEFEV', '411MARTI', '411DUPRE'])
    const filtered = await core.ok('aging.report', { segment: 'Artisans', onlyLate: true })
    expect(filtered.totals).toMatchObject({ clientCount: 1, totalCents: 63_000 })
    expect((await core.refused('aging.report', { sort: 9 })).code).toBe('VALIDATION')
  })

  it('pages the rows while the totals cover every matching client', async () => {
    await agingLedger(core)
    const page = await core.ok('aging.report', { sort: 'code', offset: 1, limit: 1 })
    expect(page.rows.map((row) => row.code)).toEqual(['411LEFEV'])
    expect(page.offset).toBe(1)
    expect(page.totals).toMatchObject({ clientCount: 3, totalCents: 205_000 })
    const past = await core.ok('aging.report', { offset: 10, limit: 5 })
    expect(past.rows).toEqual([])
    expect(past.totals.totalCents).toBe(205_000)
  })

  it('follows the bucket limits set under Paramètres, which must increase', async () => {
    await agingLedger(core)
    expect(await core.ok('aging.settings', {})).toMatchObject({ limits: [30, 60, 90] })
    const saved = await core.ok('aging.updateSettings', { limits: [15, 45] })
    expect(saved.buckets.map((bucket) => bucket.key)).toEqual(['not_due', '1_15', '16_45', 'over_45'])
    const report = await core.ok('aging.report', { search: 'dupre' })
    // A2 (1 day) 1–15; A3 (30) and A4 (31) 16–45; A5 (91) over 45.
    expect(report.rows[0]?.bucketCents).toEqual([10_000, 20_000, 70_000, 50_000])
    for (const limits of [[], [30, 30], [60, 30], [0, 30], [10, 20, 30, 40, 50, 60], [1.5]]) {
      expect((await core.refused('aging.updateSettings', { limits })).code).toBe('VALIDATION')
    }
    expect((await core.refused('aging.updateSettings', { limits: [60, 30] })).message).toContain('strictement croissantes')
    expect((await core.ok('aging.settings', {})).limits).toEqual([15, 45])
  })
})

describe('aged balance drill-down', () => {
  it('lists a client’s open invoices with their days late and bucket, and its credits, as of the date', async () => {
    const { lefevre } = await agingLedger(core)
    const today = await core.ok('aging.clientInvoices', { clientId: lefevre })
    expect(today.invoices.map((i) => [i.number, i.balanceCents, i.daysLate, i.bucket])).toEqual([['B1', 75_000, 83, 3]])
    expect(today.credits).toMatchObject([{ kind: 'credit_note', reference: 'AV1', remainingCents: 12_000, date: '2026-11-15' }])
    const before = await core.ok('aging.clientInvoices', { clientId: lefevre, asOf: '2026-11-12' })
    expect(before.invoices.map((i) => [i.number, i.balanceCents, i.daysLate])).toEqual([['B1', 75_000, 72]])
    expect(before.credits).toEqual([])
    const earlier = await core.ok('aging.clientInvoices', { clientId: lefevre, asOf: '2026-11-05' })
    expect(earlier.invoices.map((i) => [i.number, i.balanceCents])).toEqual([['B1', 100_000]])
    expect((await core.refused('aging.clientInvoices', { clientId: 999 })).code).toBe('NOT_FOUND')
  })
})
