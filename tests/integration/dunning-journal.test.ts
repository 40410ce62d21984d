import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addDays } from '../../src-shared/dates'
import { readXlsxRows } from '../../src-main/import/xlsx/read-xlsx'
import { createTestCore, type TestCore } from '../helpers/test-core'

const TODAY = '2026-11-23'
let core: TestCore

beforeEach(async () => {
  core = createTestCore({ today: TODAY })
  const clients = [
    ['411DUPRE', 'Établissements Dupré', 20, 120_000],
    ['411LEFEV', 'Boulangerie « Lefèvre »; Fils', 40, 9_000],
  ] as const
  for (const [code, name, daysLate, amountCents] of clients) {
    const clientId = (await core.ok('clients.create', { code, name, kind: 'pro' })).id
    const dueDate = addDays(TODAY, -daysLate)
    await core.ok('invoices.create', { clientId, number: `${code}-1`, issueDate: addDays(dueDate, -30), dueDate, amountCents })
  }
  // Two days of reminders: the first reminders a week ago, then the next step today for Dupré, a call for Lefèvre.
  const lastWeek = addDays(TODAY, -7)
  await core.ok('dunning.validate', { asOf: lastWeek })
  const plan = await core.ok('dunning.plan', {})
  const lefevre = plan.proposals.find((p) => p.clientCode === '411LEFEV')!
  await core.ok('dunning.validate', {
    items: plan.proposals.map((p) => ({ clientId: p.clientId, dedupKey: p.dedupKey, stepPosition: p === lefevre ? 4 : undefined })),
  })
})
afterEach(() => core.dispose())

describe('the reminders journal', () => {
  it('lists every recorded reminder newest first, filtered by period, channel, status, level and client', async () => {
    const all = await core.ok('dunning.journal', {})
    expect(all.total).toBe(4)
    expect(all.rows.map((r) => [r.plannedOn, r.clientCode, r.stepLabel, r.channel, r.status])).toEqual([
      [TODAY, '411LEFEV', 'Appel téléphonique', 'phone', 'validated'],
      [TODAY, '411DUPRE', 'Deuxième relance', 'letter', 'validated'],
      ['2026-11-16', '411LEFEV', 'Première relance', 'email', 'validated'],
      ['2026-11-16', '411DUPRE', 'Première relance', 'email', 'validated'],
    ])
    expect((await core.ok('dunning.journal', { from: TODAY })).total).toBe(2)
    expect((await core.ok('dunning.journal', { to: '2026-11-16', channel: 'email' })).total).toBe(2)
    expect((await core.ok('dunning.journal', { level: 2 })).rows.map((r) => r.clientCode)).toEqual(['411DUPRE'])
    expect((await core.ok('dunning.journal', { status: 'done' })).total).toBe(0)
    const [call] = (await core.ok('dunning.journal', { channel: 'phone' })).rows
    await core.ok('calls.record', { actionId: call!.id, outcome: 'no_answer' })
    expect((await core.ok('dunning.journal', { status: 'done' })).rows).toEqual([expect.objectContaining({ id: call!.id, outcome: 'no_answer' })])
    const page = await core.ok('dunning.journal', { offset: 3, limit: 2 })
    expect([page.total, page.rows.length]).toEqual([4, 1])
    const dupre = all.rows.find((r) => r.clientCode === '411DUPRE')!.clientId
    expect((await core.ok('dunning.journal', { clientId: dupre })).total).toBe(2)
  })

  it('exports as a CSV Excel opens in French: semicolons, decimal commas, quoted names', async () => {
    const file = await core.ok('dunning.journalExport', { format: 'csv', channel: 'email' })
    expect(file.fileName).toBe('journal-des-relances-2026-11-23.csv')
    const text = Buffer.from(file.base64, 'base64').toString('utf8')
    expect(text.split('\r\n')).toEqual([
      '\uFEFFDate;Code client;Client;Étape;Niveau;Canal;Statut;Factures;Montant dû;Note',
      '2026-11-16;411LEFEV;"Boulangerie « Lefèvre »; Fils";Première relance;1;e-mail;validée;411LEFEV-1;90,00;',
      '2026-11-16;411DUPRE;Établissements Dupré;Première relance;1;e-mail;validée;411DUPRE-1;1200,00;',
      'Total;2 relances;;;;;;;1290,00;',
      '',
    ])
  })

  it('exports as an Excel workbook read back with real dates and amounts', async () => {
    const file = await core.ok('dunning.journalExport', { format: 'xlsx' })
    const path = join(core.folder, file.fileName)
    writeFileSync(path, Buffer.from(file.base64, 'base64'))
    const { rows } = await readXlsxRows(path)
    expect(rows.map((row) => row.cells)).toEqual([
      ['Date', 'Code client', 'Client', 'Étape', 'Niveau', 'Canal', 'Statut', 'Factures', 'Montant dû', 'Note'],
      ['2026-11-23', '411LEFEV', 'Boulangerie « Lefèvre »; Fils', 'Appel téléphonique', '3', 'appel', 'validée', '411LEFEV-1', '90'],
      ['2026-11-23', '411DUPRE', 'Établissements Dupré', 'Deuxième relance', '2', 'courrier', 'validée', '411DUPRE-1', '1200'],
      ['2026-11-16', '411LEFEV', 'Boulangerie « Lefèvre »; Fils', 'Première relance', '1', 'e-mail', 'validée', '411LEFEV-1', '90'],
      ['2026-11-16', '411DUPRE', 'Établissements Dupré', 'Première relance', '1', 'e-mail', 'validée', '411DUPRE-1', '1200'],
      ['Total', '4 relances', '', '', '', '', '', '', '2580'],
    ])
    // Dates and amounts are numbers in the sheet (a date serial, euros), not text.
    const sheet = strFromU8(unzipSync(Buffer.from(file.base64, 'base64'))['xl/worksheets/sheet1.xml']!)
    expect(sheet).toMatch(/<c r="A2" s="\d+"><v>46349<\/v><\/c>/)
    expect(sheet).toMatch(/<c r="I2" s="\d+"><v>90\.00<\/v><\/c>/)
  })
})
