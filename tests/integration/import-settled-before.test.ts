import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startCore } from '../../src-main/core'
import { applyMigrations, pendingMigrations } from '../../src-main/data/migrate'
import { countbackDso } from '../../src-main/domain/countback-dso'
import type { DashboardSummary } from '../../src-shared/contract/dashboard'
import { writeFixtures, type Fixtures } from '../fixtures/write-fixtures'
import { createTestCore, REPO_ROOT, type TestCore } from '../helpers/test-core'

// Today is 2026-11-23 (tests/helpers/test-core.ts). The fixture's PARTIEL owes 2 480,00 € of a
// 12 480,00 € invoice due 30/04/2026; TEMOIN owes the same 2 480,00 €, due the same day, never paid.
const BEFORE_IMPORT = '2026-06-30'
/** The last migration released before settlements of assumed date (0003_split-allocation-triggers). */
const PREVIOUS_VERSION = 1795440718101

let fixtures: Fixtures
let core: TestCore
beforeAll(() => {
  fixtures = writeFixtures()
})
afterEach(() => core?.dispose())

async function clientId(code: string): Promise<number> {
  const [client] = await core.ok('clients.list', { search: code })
  if (!client) throw new Error(`no client ${code}`)
  return client.id
}

async function agingTotal(code: string, asOf?: string): Promise<number | undefined> {
  const report = await core.ok('aging.report', asOf === undefined ? {} : { asOf })
  return report.rows.find((row) => row.code === code)?.totalCents
}

describe('amounts an open-items export says were settled before it', () => {
  it('are settlements of unknown date, counted as paid on the due date, never cash of the month nor payment behaviour', async () => {
    core = createTestCore()
    await core.ok('imports.run', { path: fixtures.csvPartlyPaid })

    const partiel = await clientId('PARTIEL')
    const [settlement] = await core.ok('payments.list', { clientId: partiel })
    // No payment invented on the import day, no invented mode: the due date, stated as assumed.
    expect(settlement).toMatchObject({ date: '2026-04-30', dateAssumed: true, method: 'inconnu', amountCents: 1_000_000 })

    // Aged balance today and before the import: only what is really owed.
    expect(await agingTotal('PARTIEL')).toBe(248_000)
    expect(await agingTotal('PARTIEL', BEFORE_IMPORT)).toBe(248_000)
    expect(await agingTotal('PARTIEL', BEFORE_IMPORT)).toBe(await agingTotal('TEMOIN', BEFORE_IMPORT))
    expect(await agingTotal('SOLDE', BEFORE_IMPORT)).toBeUndefined()

    // Not money received this month or last, and no payment habit learnt from it.
    const summary = await core.ok('dashboard.summary', {})
    expect(summary.collected.thisMonth.amountCents).toBe(0)
    expect(summary.collected.lastMonth.amountCents).toBe(0)
    expect((await core.ok('dashboard.forecast', {})).dossierDelayDays).toBeNull()

    // The client file at that date, and the DSO: 2 × 2 480,00 € owed then, against the fixture's sales.
    const partielAging = await core.ok('aging.clientInvoices', { clientId: partiel, asOf: BEFORE_IMPORT })
    expect(partielAging.invoices.map((invoice) => invoice.balanceCents)).toEqual([248_000])
    const sales = new Map([['2026-02-28', 50_000], ['2026-03-31', 1_496_000]])
    const salesIn = (after: string, through: string) =>
      [...sales].filter(([date]) => date > after && date <= through).reduce((total, [, cents]) => total + cents, 0)
    const dso = (await core.ok('aging.report', { asOf: BEFORE_IMPORT })).dsoDays
    expect(dso).toBe(countbackDso(BEFORE_IMPORT, 496_000, '2026-02-28', salesIn))

    // Penalties: interest on what is really due, from the due date, and the assumption said.
    const partielStatement = await core.ok('penalties.clientStatement', { clientId: partiel })
    const temoinStatement = await core.ok('penalties.clientStatement', { clientId: await clientId('TEMOIN') })
    expect(partielStatement.principalCents).toBe(248_000)
    expect(partielStatement.interestCents).toBe(temoinStatement.interestCents)
    expect(partielStatement.interestCents).toBeGreaterThan(0)
    expect(partielStatement.invoices[0]?.periods[0]?.baseCents).toBe(248_000)
    expect(partielStatement.warnings).toContain('Montant réglé avant l’import, date inconnue : compté comme payé à l’échéance.')
    expect(temoinStatement.warnings.join(' ')).not.toContain('avant l’import')
  })

  it('take the real date when the user enters it, and then count as cash of that month', async () => {
    core = createTestCore()
    await core.ok('imports.run', { path: fixtures.csvPartlyPaid })
    const partiel = await clientId('PARTIEL')
    const [settlement] = await core.ok('payments.list', { clientId: partiel })
    if (!settlement) throw new Error('the settlement must exist')

    expect((await core.refused('payments.setDate', { id: settlement.id, date: '2026-11-24' })).code).toBe('VALIDATION')
    await core.ok('payments.setDate', { id: settlement.id, date: '2026-11-02', method: 'cheque' })
    const [dated] = await core.ok('payments.list', { clientId: partiel })
    expect(dated).toMatchObject({ date: '2026-11-02', dateAssumed: false, method: 'cheque' })
    expect((await core.ok('dashboard.summary', {})).collected.thisMonth.amountCents).toBe(1_000_000)
    // Now paid late: interest ran on the whole invoice until 2 November.
    const statement = await core.ok('penalties.clientStatement', { clientId: partiel })
    expect(statement.invoices[0]?.periods[0]?.baseCents).toBe(1_248_000)
    expect(statement.warnings.join(' ')).not.toContain('avant l’import')
  })

  it('are brought to the same reading in a dossier imported before this version', async () => {
    // A dossier at the previous version (migrations up to 0003), as its import wrote such an
    // amount: a transfer dated the import day. A payment entered by hand stays as it is.
    const folder = mkdtempSync(join(tmpdir(), 'encaisse-migration-'))
    const path = join(folder, 'dossier.sqlite')
    const old = new Database(path)
    applyMigrations(old, pendingMigrations(old, join(REPO_ROOT, 'migrations')).filter((migration) => migration.folderMillis <= PREVIOUS_VERSION))
    old.exec(`
      INSERT INTO clients (id, code, name, search_key) VALUES (1, 'PARTIEL', 'Société Partielle', 'societe partielle partiel');
      INSERT INTO invoices (id, client_id, number, issue_date, due_date, amount_cents) VALUES (1, 1, 'F2026-0412', '2026-03-31', '2026-04-30', 1248000);
      INSERT INTO invoices (id, client_id, number, issue_date, due_date, amount_cents) VALUES (2, 1, 'F2026-0500', '2026-05-31', '2026-06-30', 50000);
      INSERT INTO payments (id, client_id, date, amount_cents, method, reference, source_key)
        VALUES (1, 1, '2026-11-23', 1000000, 'virement', 'Déjà réglé à l’import (F2026-0412)', 'settled:F2026-0412:1000000');
      INSERT INTO payments (id, client_id, date, amount_cents, method) VALUES (2, 1, '2026-11-10', 50000, 'cheque');
      INSERT INTO allocations (invoice_id, payment_id, amount_cents) VALUES (1, 1, 1000000), (2, 2, 50000);
    `)
    old.close()
    const migrated = startCore({ dossierPath: path, userData: join(folder, 'user-data'), appRoot: REPO_ROOT, today: '2026-11-23' })
    try {
      const listed = await migrated.call('payments.list', { clientId: 1 })
      expect(listed.ok && listed.data).toEqual([
        expect.objectContaining({ id: 2, date: '2026-11-10', dateAssumed: false, method: 'cheque' }),
        expect.objectContaining({ id: 1, date: '2026-04-30', dateAssumed: true, method: 'inconnu', reference: 'Réglé avant l’import (F2026-0412)' }),
      ])
      const summary = await migrated.call('dashboard.summary', {})
      expect(summary.ok && (summary.data as DashboardSummary).collected.thisMonth.amountCents).toBe(50_000)
    } finally {
      migrated.close()
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

