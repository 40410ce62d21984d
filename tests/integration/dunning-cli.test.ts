import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, REPO_ROOT } from '../helpers/test-core'

let folder: string
let dossier: string

beforeAll(async () => {
  const core = createTestCore({ today: '2026-11-23' })
  const dupre = (await core.ok('clients.create', { code: '411DUPRE', name: 'Établissements Dupré', kind: 'pro' })).id
  const lefevre = (await core.ok('clients.create', { code: '411LEFEV', name: 'Boulangerie Lefèvre', kind: 'pro' })).id
  const soon = (await core.ok('clients.create', { code: '411SOON', name: 'Atelier Zoé Müller', kind: 'pro' })).id
  await core.ok('invoices.create', { clientId: dupre, number: 'F1', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 150_000 })
  await core.ok('invoices.create', { clientId: dupre, number: 'F2', issueDate: '2026-10-01', dueDate: '2026-11-10', amountCents: 20_000 })
  const disputed = (await core.ok('invoices.create', { clientId: lefevre, number: 'L1', issueDate: '2026-09-01', dueDate: '2026-10-15', amountCents: 9_000 })).id
  await core.ok('disputes.open', { invoiceId: disputed, reason: 'livraison' })
  await core.ok('invoices.create', { clientId: soon, number: 'S1', issueDate: '2026-10-27', dueDate: '2026-11-26', amountCents: 4_000 })
  folder = core.folder
  dossier = core.session.current.path
  core.close()
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function encaisse(...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'encaisse.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ENCAISSE_USER_DATA: join(folder, 'user-data'), ENCAISSE_TODAY: '2026-11-23' },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('encaisse dunning', () => {
  it('plan prints the documented JSON and writes nothing', () => {
    const run = encaisse('dunning', 'plan', '--dossier', dossier, '--json')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      asOf: '2026-11-23',
      actions: [
        {
          client: '411DUPRE',
          name: 'Établissements Dupré',
          step: 'Première relance',
          level: 1,
          channel: 'email',
          invoices: ['F1', 'F2'],
          amountDue: '1700.00',
          penalties: expect.stringMatching(/^\d+\.\d\d$/),
        },
        { client: '411SOON', name: 'Atelier Zoé Müller', step: 'Rappel de courtoisie', level: 0, channel: 'email', invoices: ['S1'], amountDue: '40.00', penalties: '0.00' },
      ],
      skipped: [{ client: '411LEFEV', invoice: 'L1', reason: 'disputed' }],
    })
    // Two 40 € indemnities plus the interest on both late invoices.
    const penalties = Number((JSON.parse(run.stdout) as { actions: Array<{ penalties: string }> }).actions[0]!.penalties)
    expect(penalties).toBeGreaterThan(80)
    expect(encaisse('dunning', 'plan', '--dossier', dossier, '--json').stdout).toBe(run.stdout)
  })

  it('plan on a dossier that does not exist exits 2 and creates nothing', () => {
    const missing = join(folder, 'absent.sqlite')
    const run = encaisse('dunning', 'plan', '--dossier', missing, '--json')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('n’existe pas')
    expect(existsSync(missing)).toBe(false)
  })

  it('validate records the clients asked for, and planning again proposes nothing for them', () => {
    const run = encaisse('dunning', 'validate', '--dossier', dossier, '--client', '411DUPRE')
    expect(run.code).toBe(0)
    const printed = JSON.parse(run.stdout) as { asOf: string; recorded: Array<Record<string, unknown>> }
    expect(printed).toEqual({
      asOf: '2026-11-23',
      recorded: [
        { id: 1, client: '411DUPRE', name: 'Établissements Dupré', step: 'Première relance', level: 1, channel: 'email', status: 'validated', invoices: ['F1', 'F2'], amountDue: '1700.00' },
      ],
    })
    const plan = JSON.parse(encaisse('dunning', 'plan', '--dossier', dossier, '--json').stdout) as { actions: Array<{ client: string }> }
    expect(plan.actions.map((a) => a.client)).toEqual(['411SOON'])
    const unknown = encaisse('dunning', 'validate', '--dossier', dossier, '--client', '411DUPRE')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Aucune relance')
  })
})
