import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../helpers/test-core'

/** One clock: the audit instants handlers write follow the core's date (ENCAISSE_TODAY in tests). */
let core: TestCore

beforeEach(() => {
  core = createTestCore({ today: '2031-02-03' })
})
afterEach(() => core.dispose())

const onFixedDay = /^2031-02-03T\d\d:\d\d:\d\d\.\d{3}Z$/

describe('timestamps from ctx', () => {
  it('are instants on the fixed date, in the order the calls came', async () => {
    const { id: clientId } = await core.ok('clients.create', { code: 'C1', name: 'Dupré', kind: 'pro' })
    const fields = (await core.ok('clients.get', { id: clientId })).fields
    await core.ok('clients.update', { id: clientId, fields: { ...fields, name: 'Dupré SA' } })
    const updated = core.session.current.sqlite.prepare('SELECT updated_at AS at FROM clients').get() as { at: string }
    await core.ok('clients.archive', { id: clientId, archived: true })
    const archived = core.session.current.sqlite.prepare('SELECT archived_at AS archivedAt, updated_at AS updatedAt FROM clients').get() as {
      archivedAt: string
      updatedAt: string
    }
    expect(updated.at).toMatch(onFixedDay)
    expect(archived.archivedAt).toMatch(onFixedDay)
    expect(archived.updatedAt).toBe(archived.archivedAt)
    expect(archived.archivedAt >= updated.at).toBe(true)
    await core.ok('clients.archive', { id: clientId, archived: false })

    const { id: invoiceId } = await core.ok('invoices.create', {
      clientId,
      number: 'F1',
      kind: 'invoice',
      issueDate: '2031-01-02',
      amountCents: 10000,
    })
    await core.ok('invoices.update', {
      id: invoiceId,
      fields: { clientId, number: 'F1', kind: 'invoice', issueDate: '2031-01-02', amountCents: 12000 },
    })
    await core.ok('disputes.open', { invoiceId, reason: 'prix' })
    await core.ok('disputes.close', { invoiceId })
    await core.ok('company.update', { legalName: 'Atelier Mercier SARL', penaltyPolicy: 'legal' })
    await core.ok('aging.updateSettings', { limits: [30, 60] })

    const stamps = core.session.current.sqlite
      .prepare(
        `SELECT updated_at AS at FROM invoices UNION ALL SELECT updated_at FROM disputes UNION ALL SELECT updated_at FROM company`,
      )
      .all() as { at: string }[]
    expect(stamps).toHaveLength(3)
    for (const { at } of stamps) expect(at).toMatch(onFixedDay)
  })
})
