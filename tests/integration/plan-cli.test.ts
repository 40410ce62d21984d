import { readFileSync, rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runEncaisse } from '../helpers/encaisse-cli'
import { createTestCore } from '../helpers/test-core'

let folder: string
let dossier: string

beforeAll(async () => {
  const core = createTestCore({ today: '2026-11-23' })
  const dupre = (await core.ok('clients.create', { code: '411DUPRE', name: 'Établissements Dupré', kind: 'pro' })).id
  await core.ok('clients.create', { code: '411SOON', name: 'Atelier Zoé Müller', kind: 'pro' })
  await core.ok('invoices.create', { clientId: dupre, number: 'F1', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 150_000 })
  await core.ok('invoices.create', { clientId: dupre, number: 'F2', issueDate: '2026-10-01', dueDate: '2026-11-10', amountCents: 20_000 })
  folder = core.folder
  dossier = core.session.current.path
  core.close()
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const encaisse = (...args: string[]) => runEncaisse(folder, '2026-11-23', ...args)

describe('encaisse plan preview', () => {
  it('prints the documented JSON, the numbers adding up, and writes nothing', () => {
    const before = readFileSync(dossier)
    const run = encaisse('plan', 'preview', '--dossier', dossier, '--client', '411DUPRE', '--instalments', '3', '--first', '2026-12-31', '--down-payment', '200', '--json')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      client: '411DUPRE',
      covered: '1700.00',
      downPayment: '200.00',
      instalments: [
        { date: '2026-12-31', amount: '500.00', remaining: '1000.00' },
        { date: '2027-01-31', amount: '500.00', remaining: '500.00' },
        { date: '2027-02-28', amount: '500.00', remaining: '0.00' },
      ],
    })
    expect(readFileSync(dossier).equals(before)).toBe(true)
  })

  it('includes the penalties on the date when asked, by amount and every two weeks', () => {
    const run = encaisse('plan', 'preview', '--dossier', dossier, '--client', '411DUPRE', '--amount', '700', '--first', '2026-12-01', '--every', '2weeks', '--penalties', 'include', '--json')
    expect(run.code).toBe(0)
    const plan = JSON.parse(run.stdout) as { covered: string; instalments: Array<{ date: string; amount: string; remaining: string }> }
    const covered = Math.round(Number(plan.covered) * 100)
    // 1 700 € plus two 40 € indemnities plus the interest to date.
    expect(covered).toBeGreaterThan(178_000)
    expect(plan.instalments.map((i) => i.date)).toEqual(['2026-12-01', '2026-12-15', '2026-12-29'])
    expect(plan.instalments.slice(0, 2).map((i) => i.amount)).toEqual(['700.00', '700.00'])
    expect(plan.instalments.reduce((sum, i) => sum + Math.round(Number(i.amount) * 100), 0)).toBe(covered)
    expect(plan.instalments.at(-1)!.remaining).toBe('0.00')
  })

  it('prints a French table without --json', () => {
    const run = encaisse('plan', 'preview', '--dossier', dossier, '--client', '411DUPRE', '--instalments', '2', '--first', '2027-01-31')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Échéancier pour Établissements Dupré (411DUPRE) au 23/11/2026')
    expect(run.stdout).toMatch(/^2\s+28\/02\/2027\s+850,00\s€\s+0,00\s€$/m)
  })

  it('exits 2 with a clear message when nothing is overdue or the options contradict', () => {
    const none = encaisse('plan', 'preview', '--dossier', dossier, '--client', '411SOON', '--instalments', '3', '--first', '2026-12-31', '--json')
    expect(none.code).toBe(2)
    expect(none.stderr).toContain("Atelier Zoé Müller n'a aucune facture en retard au 23/11/2026")
    const both = encaisse('plan', 'preview', '--dossier', dossier, '--client', '411DUPRE', '--instalments', '3', '--amount', '100', '--first', '2026-12-31')
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('soit --instalments N')
    const down = encaisse('plan', 'preview', '--dossier', dossier, '--client', '411DUPRE', '--instalments', '3', '--first', '2026-12-31', '--down-payment', '1700')
    expect(down.code).toBe(2)
    expect(down.stderr).toContain("downPaymentCents : L'acompte doit être inférieur au montant couvert")
    const unknown = encaisse('plan', 'preview', '--dossier', dossier, '--client', 'NOPE', '--instalments', '3', '--first', '2026-12-31')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Aucun client de code « NOPE »')
  })
})
