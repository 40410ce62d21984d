import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { agingLedger } from '../helpers/aging-ledger'
import { createTestCore, REPO_ROOT } from '../helpers/test-core'

let folder: string
let dossier: string

beforeAll(async () => {
  const core = createTestCore({ today: '2026-11-23' })
  await agingLedger(core)
  folder = core.folder
  dossier = core.session.current.path
  core.close()
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Runs the built CLI (what the `encaisse` bin starts) as a user would. */
function encaisse(...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'encaisse.js'), ...args, '--dossier', dossier], {
    encoding: 'utf8',
    env: { ...process.env, ENCAISSE_USER_DATA: join(folder, 'user-data'), ENCAISSE_TODAY: '2026-11-23' },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('encaisse aging', () => {
  it('prints the documented JSON: decimal strings, buckets named after the limits, a client’s total being its balance', () => {
    const run = encaisse('aging', '--json')
    expect(run.code).toBe(0)
    const printed = JSON.parse(run.stdout) as { clients: object[] }
    expect(printed).toEqual({
      asOf: '2026-11-23',
      buckets: ['not_due', '1_30', '31_60', '61_90', 'over_90'],
      clients: [
        { code: '411DUPRE', name: 'Établissements Dupré', total: '1500.00', not_due: '100.00', '1_30': '500.00', '31_60': '400.00', '61_90': '0.00', over_90: '500.00' },
        { code: '411LEFEV', name: 'Boulangerie Lefèvre', total: '630.00', not_due: '0.00', '1_30': '0.00', '31_60': '0.00', '61_90': '750.00', over_90: '0.00' },
        { code: '411MARTI', name: 'Zoé Martin', total: '-80.00', not_due: '0.00', '1_30': '0.00', '31_60': '0.00', '61_90': '0.00', over_90: '0.00' },
      ],
      totals: { total: '2050.00', not_due: '100.00', '1_30': '500.00', '31_60': '400.00', '61_90': '750.00', over_90: '500.00' },
    })
    expect(Object.keys(printed.clients[0] ?? {})).toEqual(['code', 'name', 'total', 'not_due', '1_30', '31_60', '61_90', 'over_90'])
  })

  it('draws the balance as of another date, and refuses an impossible one with exit code 2', () => {
    const past = JSON.parse(encaisse('aging', '--as-of', '2026-11-05', '--json').stdout) as { asOf: string; totals: { total: string } }
    expect(past.asOf).toBe('2026-11-05')
    expect(past.totals.total).toBe('2500.00')
    const wrong = encaisse('aging', '--as-of', '2026-13-01', '--json')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain("La date de la balance n'est pas une date valide")
  })

  it('prints a table without --json, and names the buckets after limits changed under Paramètres', () => {
    const table = encaisse('aging')
    expect(table.code).toBe(0)
    expect(table.stdout).toContain('Balance âgée au 23/11/2026 — 3 client(s)')
    expect(table.stdout).toMatch(/411DUPRE\s+Établissements Dupré/)
    expect(encaisse('call', 'aging.updateSettings', '{"limits": [45]}').code).toBe(0)
    const custom = JSON.parse(encaisse('aging', '--json').stdout) as { buckets: string[]; totals: Record<string, string> }
    expect(custom.buckets).toEqual(['not_due', '1_45', 'over_45'])
    expect(custom.totals).toEqual({ total: '2050.00', not_due: '100.00', '1_45': '900.00', over_45: '1250.00' })
  })
})
