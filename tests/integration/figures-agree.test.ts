import { afterEach, describe, expect, it } from 'vitest'
import { generateDemo } from '../../src-main/demo/generate-demo'
import { writeDemo } from '../../src-main/data/write-demo'
import { createTestCore, type TestCore } from '../helpers/test-core'

const TODAY = '2026-11-23'

let core: TestCore | undefined
afterEach(() => core?.dispose())

const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0)

/**
 * One « encours » everywhere: the dashboard, the aged balance and the client files must
 * give the same balance (open invoices minus unallocated credits) and the same overdue
 * amount, on dossiers generated with many overpayments so that credits are common.
 */
describe('the dossier’s figures agree on every page', () => {
  it.each([1, 2, 3])('on generated dossier %i: dashboard = aged balance = sum of the client files', async (seed) => {
    core = createTestCore({ today: TODAY })
    writeDemo(core.session.current, generateDemo(TODAY, { clients: 40, invoices: 500, disputes: 2, overpayments: 12 }, seed), `${TODAY}T08:00:00.000Z`)
    // One client archived: it still owes, so it still counts.
    const [first] = await core.ok('clients.list', {})
    if (!first) throw new Error('no client generated')
    await core.ok('clients.archive', { id: first.id, archived: true })

    const dashboard = await core.ok('dashboard.summary', {})
    const aging = await core.ok('aging.report', {})
    const list = await core.ok('clients.list', { includeArchived: true })
    const files = await Promise.all(list.map((client) => core!.ok('clients.get', { id: client.id })))

    expect(dashboard.unallocatedCreditCents).toBeGreaterThan(0)
    expect(dashboard.outstandingCents).toBe(aging.totals.totalCents)
    expect(dashboard.outstandingCents).toBe(total(files.map((file) => file.balanceCents)))
    expect(dashboard.outstandingCents).toBe(total(list.map((client) => client.balanceCents)))
    expect(dashboard.outstandingCents).toBe(dashboard.openInvoicesCents - dashboard.unallocatedCreditCents)
    expect(-aging.totals.creditCents).toBe(dashboard.unallocatedCreditCents)
    expect(total(files.map((file) => file.creditCents))).toBe(dashboard.unallocatedCreditCents)
    expect(total(aging.totals.bucketCents)).toBe(dashboard.openInvoicesCents)
    expect(total(aging.totals.bucketCents.slice(1))).toBe(dashboard.overdueCents)
    expect(total(files.map((file) => file.overdueCents))).toBe(dashboard.overdueCents)
    // Client by client, the aged balance's row is the client file: same balance, same credits.
    const rows = new Map(aging.rows.map((row) => [row.clientId, row]))
    for (const file of files.filter((f) => f.balanceCents !== 0 || f.creditCents !== 0)) {
      expect([file.code, rows.get(file.id)?.totalCents, 0 - (rows.get(file.id)?.creditCents ?? 0)]).toEqual([file.code, file.balanceCents, file.creditCents])
    }
    // Where « Échu » exceeds « Solde », the credits explain it.
    const explained = files.filter((file) => file.overdueCents > file.balanceCents)
    expect(explained.length).toBeGreaterThan(0)
    for (const file of explained) expect(file.overdueCents - file.balanceCents).toBeLessThanOrEqual(file.creditCents)
  })
})
