import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { letterDossier } from '../helpers/letter-dossier'
import { createTestCore, REPO_ROOT, type TestCore } from '../helpers/test-core'

let core: TestCore
let dossierPath: string
beforeAll(async () => {
  core = createTestCore({ today: '2026-11-23' })
  await letterDossier(core)
  dossierPath = core.session.current.path
  core.session.close()
})
afterAll(() => core.dispose())

/** The built CLI, as the `encaisse` bin runs it. */
function encaisse(...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'encaisse.js'), ...args, '--dossier', dossierPath], {
    encoding: 'utf8',
    env: { ...process.env, ENCAISSE_USER_DATA: join(core.folder, 'user-data'), ENCAISSE_TODAY: '2026-11-23' },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** Every row of every table of the dossier: equal dumps, nothing written. */
function dump(): string {
  const sqlite = new Database(dossierPath, { readonly: true })
  try {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>
    return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}"`).raw().all()]))
  } finally {
    sqlite.close()
  }
}

describe('encaisse templates and encaisse letter', () => {
  it('lists the templates one per line: code, channel, title', () => {
    const run = encaisse('templates')
    expect(run.code).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(16)
    expect(lines).toContain('mise-en-demeure\tregistered_letter\tMise en demeure (LRAR)')
    expect(lines).toContain('rappel-echeance\tletter\tRappel avant échéance d’échéancier')
    expect(lines).toContain('email-relance-1\temail\tE-mail : première relance')
    for (const line of lines) expect(line.split('\t')[0]).toMatch(/^[a-z0-9-]+$/)
  })

  it('writes the letter as of a date, and nothing in the dossier', () => {
    const before = dump()
    const out = join(core.folder, 'mise-en-demeure.pdf')
    const run = encaisse('letter', '--client', 'C0042', '--template', 'mise-en-demeure', '--as-of', '2026-11-30', '--out', out)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ')
    expect(text).toContain('Montpellier, le 30 novembre 2026')
    expect(text).toContain('FA-2026-0815 01/08/2026 31/08/2026 1 234,56 € 0,00 € 1 234,56 € 91 j')
    expect(text).toContain('du 01/09/2026 au 30/11/2026 91')
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
    expect(dump()).toBe(before)
  })

  it('exits 2 with a French message for an unknown client or template, or a missing field', () => {
    const out = join(core.folder, 'refused.pdf')
    const unknownClient = encaisse('letter', '--client', 'C9999', '--template', 'relance-1', '--out', out)
    expect(unknownClient).toMatchObject({ code: 2, stderr: 'Erreur : Client inconnu « C9999 » dans ce dossier.\n  clientCode : Client inconnu.\n' })
    const unknownTemplate = encaisse('letter', '--client', 'C0042', '--template', 'relance-9', '--out', out)
    expect(unknownTemplate.code).toBe(2)
    expect(unknownTemplate.stderr).toContain('Modèle inconnu : « relance-9 »')
    const badDate = encaisse('letter', '--client', 'C0042', '--template', 'relance-1', '--as-of', '2026-02-30', '--out', out)
    expect(badDate.code).toBe(2)
    expect(badDate.stderr).toContain("La date du courrier n'est pas une date valide")

    const sqlite = new Database(dossierPath)
    sqlite.prepare('UPDATE company SET iban = NULL').run()
    sqlite.close()
    const missing = encaisse('letter', '--client', 'C0042', '--template', 'relance-1', '--out', out)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(
      'Erreur : Le courrier « Première relance » ne peut pas être établi : Il manque l’IBAN de la société (Paramètres → Société).\n',
    )
    expect(existsSync(out)).toBe(false)
  })
})
