import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rateTableOf } from '../../src-main/data/queries/rates'
import { rateTableFromFrenchRatesJson } from '../../src-main/domain/penalties'
import { createTestCore, REPO_ROOT } from '../helpers/test-core'

const folder = mkdtempSync(join(tmpdir(), 'encaisse-penalties-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
// The penalties read the dossier's rate table: the dossier is made first, as a user would.
beforeAll(() => expect(encaisse(['new']).code).toBe(0))

function encaisse(args: string[], stdin?: string) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'encaisse.js'), ...args, '--dossier', join(folder, 'd.sqlite')], {
    encoding: 'utf8',
    input: stdin,
    env: { ...process.env, ENCAISSE_USER_DATA: join(folder, 'user-data') },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('rate tables in the dossier', () => {
  it('are seeded by migration with the shipped rates, half-year by half-year', () => {
    const core = createTestCore()
    const shipped = JSON.parse(readFileSync(join(REPO_ROOT, 'assets', 'data', 'rates-fr.json'), 'utf8'))
    expect(rateTableOf(core.session.current.db).rows).toEqual(rateTableFromFrenchRatesJson(shipped).rows)
    expect(core.session.current.sqlite.prepare("SELECT ecb_ref_bp, legal_other_bp FROM rate_half_years WHERE half_year = '2025-H2'").get()).toEqual({
      ecb_ref_bp: 215,
      legal_other_bp: 276,
    })
    core.dispose()
  })
})

describe('encaisse penalties', () => {
  const workedExample = {
    id: 'F-2025-031',
    amount: '10000.00',
    dueDate: '2025-05-15',
    asOf: '2025-09-20',
    payments: [{ date: '2025-09-20', amount: '10000.00' }],
  }

  it('round-trips the documented format: the legal-fr.md worked example from a file', () => {
    const input = join(folder, 'cases.json')
    writeFileSync(input, JSON.stringify([workedExample]))
    const run = encaisse(['penalties', '--input', input])
    expect(run.code).toBe(0)
    const [result] = JSON.parse(run.stdout)
    expect(result).toMatchObject({
      id: 'F-2025-031',
      interest: '438.69',
      indemnity: '40.00',
      total: '478.69',
      periods: [
        { from: '2025-05-16', to: '2025-06-30', days: 46, base: '10000.00', ratePct: '13.15', amount: '165.73' },
        { from: '2025-07-01', to: '2025-09-20', days: 82, base: '10000.00', ratePct: '12.15', amount: '272.96' },
      ],
    })
  })

  it('reads standard input, names the bad case and field on stderr, exits 2, and still prints the good ones', () => {
    const bad = { id: 'X', amount: '12,5O', dueDate: '2025-02-30', asOf: '2025-09-20' }
    const run = encaisse(['penalties'], JSON.stringify([workedExample, bad]))
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout).map((r: { id: string }) => r.id)).toEqual(['F-2025-031'])
    expect(run.stderr).toMatch(/Cas « X »/)
    expect(run.stderr).toMatch(/amount|dueDate/)
  })

  it('penalties.compute validates its cases on arrival: one bad case refuses the call and names its field', async () => {
    const core = createTestCore()
    const error = await core.refused('penalties.compute', { cases: [workedExample, { ...workedExample, id: 'Y', asOf: '20/09/2025' }] })
    expect(error.code).toBe('VALIDATION')
    expect(error.details?.fields).toEqual({ 'cases.1.asOf': 'date invalide (attendu AAAA-MM-JJ)' })
    const [result] = await core.ok('penalties.compute', { cases: [workedExample] })
    expect(result?.total).toBe('478.69')
    core.dispose()
  })

  it('refuses input that is not an array of cases with exit 2', () => {
    const run = encaisse(['penalties'], JSON.stringify({ cases: [workedExample] }))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Entrée invalide : un tableau JSON de cas est attendu.')
  })

  it('refuses input that is not JSON with exit 2', () => {
    const run = encaisse(['penalties'], 'pas du json')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Entrée JSON illisible')
  })
})
