import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFixtures, type Fixtures } from '../fixtures/write-fixtures'
import { REPO_ROOT } from '../helpers/test-core'

const folder = mkdtempSync(join(tmpdir(), 'encaisse-import-cli-'))
let fixtures: Fixtures
beforeAll(() => {
  fixtures = writeFixtures()
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The built `encaisse` command, as an accountant's script would run it. */
function encaisse(...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'encaisse.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ENCAISSE_USER_DATA: join(folder, 'user-data'), ENCAISSE_TODAY: '2026-11-23' },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('encaisse import', () => {
  it('imports a FEC and prints the documented JSON summary', () => {
    const dossier = join(folder, 'fec.sqlite')
    const run = encaisse('import', '--dossier', dossier, '--file', fixtures.fecPipe.path, '--kind', 'fec')
    expect(run.stderr).toBe(`Dossier créé : ${dossier}\n`)
    expect(run.code).toBe(0)
    const summary = JSON.parse(run.stdout)
    expect(summary).toMatchObject({
      clients: { created: fixtures.fecPipe.ledger.clients.length, updated: 0 },
      invoices: { created: expect.any(Number), updated: 0, settled: expect.any(Number) },
      payments: { created: expect.any(Number) },
      rejected: [],
    })
    const again = JSON.parse(encaisse('import', '--dossier', dossier, '--file', fixtures.fecPipe.path).stdout)
    expect(again).toMatchObject({ alreadyImported: true, invoices: { created: 0 } })
  })

  it('exits 2 with a French message on a file it cannot read, or cannot find', () => {
    const dossier = join(folder, 'broken.sqlite')
    const truncated = encaisse('import', '--dossier', dossier, '--file', fixtures.broken.fecTruncated)
    expect(truncated.code).toBe(2)
    expect(truncated.stderr).toMatch(/rien n’a été importé/)
    expect(truncated.stderr).toMatch(/colonnes au lieu de 18/)
    const missing = encaisse('import', '--dossier', dossier, '--file', join(folder, 'absent.csv'))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/Fichier introuvable/)
  })
})
