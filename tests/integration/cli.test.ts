import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../helpers/test-core'

const folder = mkdtempSync(join(tmpdir(), 'encaisse-cli-'))
const dossier = join(folder, 'cli.sqlite')
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Runs the built CLI (what the `encaisse` bin starts) as a user would. */
function encaisse(...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'encaisse.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ENCAISSE_USER_DATA: join(folder, 'user-data'), ENCAISSE_TODAY: '2026-11-23' },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('encaisse CLI', () => {
  it('prints its help in French', () => {
    const run = encaisse('--help')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage : encaisse <commande>')
    expect(run.stdout).toContain('clients add')
  })

  it('creates a dossier only when asked, and says so', () => {
    const refused = encaisse('clients', 'list', '--dossier', dossier)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(`Le dossier « ${dossier} » n’existe pas`)
    expect(existsSync(dossier)).toBe(false)
    const made = encaisse('new', '--dossier', dossier)
    expect(made.code).toBe(0)
    expect(made.stderr).toBe(`Dossier créé : ${dossier}\n`)
    expect(JSON.parse(made.stdout)).toMatchObject({ path: dossier, readOnly: false })
    expect(encaisse('new', '--dossier', dossier).code).toBe(2)
  })

  it('creates and lists clients as JSON', () => {
    const created = encaisse('clients', 'add', '--code', '411ELO', '--name', 'Élodie Fleurs', '--city', 'Nîmes', '--dossier', dossier)
    expect(created.code).toBe(0)
    expect(JSON.parse(created.stdout)).toEqual({ id: 1 })
    const listed = encaisse('clients', 'list', '--search', 'elodie', '--dossier', dossier)
    expect(listed.code).toBe(0)
    expect(JSON.parse(listed.stdout)).toMatchObject([{ code: '411ELO', name: 'Élodie Fleurs', city: 'Nîmes' }])
  })

  it('exits 2 with a French message on stderr for bad input, and writes nothing', () => {
    const run = encaisse('clients', 'add', '--code', '411X', '--name', 'X', '--kind', 'société', '--dossier', dossier)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('Erreur : Choisissez professionnel ou particulier.')
    const listed = JSON.parse(encaisse('call', 'clients.list', '{}', '--dossier', dossier).stdout) as unknown[]
    expect(listed).toHaveLength(1)
  })

  it('exits 2 on an unknown command or option', () => {
    expect(encaisse('factures', 'supprimer').code).toBe(2)
    const run = encaisse('clients', 'list', '--format', 'csv', '--dossier', dossier)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Option inconnue : --format')
  })

  it('fills every client field an import would, segment and contact included', () => {
    const created = encaisse(
      'clients', 'add', '--code', '411SEG', '--name', 'Segmentée', '--segment', 'Grands comptes', '--contact', 'Mme Agnès Dupré',
      '--terms-days', '45', '--vat-number', 'FR40303265045', '--address2', 'Bât. B', '--dossier', dossier,
    )
    expect(created.code).toBe(0)
    const { id } = JSON.parse(created.stdout) as { id: number }
    const file = JSON.parse(encaisse('call', 'clients.get', JSON.stringify({ id }), '--dossier', dossier).stdout) as { fields: unknown }
    expect(file.fields).toMatchObject({
      segment: 'Grands comptes',
      contacts: [{ name: 'Mme Agnès Dupré' }],
      termsDays: 45,
      vatNumber: 'FR40303265045',
      addressLine2: 'Bât. B',
    })
    const refused = encaisse('clients', 'add', '--code', '411SEG2', '--name', 'X', '--terms-days', 'trente', '--dossier', dossier)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('Le délai de paiement doit être un nombre de jours.')
  })
})
