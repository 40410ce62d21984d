import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { backupFolder } from '../../src-main/data/backup'
import { writeFixtures, type Fixtures } from '../fixtures/write-fixtures'
import { REPO_ROOT } from '../helpers/test-core'

// Each case starts several real processes, each a few seconds on a busy machine.
vi.setConfig({ testTimeout: 180_000 })

const folder = mkdtempSync(join(tmpdir(), 'encaisse-safety-'))
const userData = join(folder, 'user-data')
let fixtures: Fixtures
beforeAll(() => {
  // Open to every user: the read-only case runs the CLI as another user.
  chmodSync(folder, 0o755)
  mkdirSync(userData, { mode: 0o777 })
  chmodSync(userData, 0o777)
  fixtures = writeFixtures()
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const ENCAISSE = join(REPO_ROOT, 'bin', 'encaisse.js')
const env = { ...process.env, ENCAISSE_USER_DATA: userData, ENCAISSE_TODAY: '2026-11-23' }

/** The built `encaisse` command, run as a user would (npm run build first). */
function encaisse(args: string[], options: { uid?: number; gid?: number; userData?: string } = {}) {
  const { userData: ownUserData, ...user } = options
  const run = spawnSync(process.execPath, [ENCAISSE, ...args], {
    encoding: 'utf8',
    env: ownUserData ? { ...env, ENCAISSE_USER_DATA: ownUserData } : env,
    ...user,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** The same, not waited for: two programs at once. */
function encaisseAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ENCAISSE, ...args], { env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

function newDossier(name: string): string {
  const path = join(folder, name)
  expect(encaisse(['new', '--dossier', path]).code).toBe(0)
  return path
}

function clientNames(path: string): string[] {
  const sqlite = new Database(path, { readonly: true })
  try {
    return (sqlite.prepare('SELECT name FROM clients ORDER BY name').pluck().all() as string[])
  } finally {
    sqlite.close()
  }
}

describe('a file given as dossier that is not one', () => {
  const cases: Array<[string, string, Buffer]> = [
    ['an empty file', 'notes.txt', Buffer.alloc(0)],
    ['an empty file named like a dossier', 'vide.sqlite', Buffer.alloc(0)],
    ['a text file', 'lisez-moi.txt', Buffer.from('Relances du mois : Dupré, Martin.\n', 'utf8')],
    ['a PDF', 'facture.pdf', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')],
  ]

  it.each(cases)('%s is refused in French with exit 2, and left byte-identical', (_label, name, bytes) => {
    const path = join(folder, name)
    writeFileSync(path, bytes)
    const before = readdirSync(folder).sort()
    for (const args of [['aging', '--json'], ['clients', 'add', '--code', 'C1', '--name', 'X'], ['import', '--file', fixtures.fecPipe.path]]) {
      const run = encaisse([...args, '--dossier', path])
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain(`« ${path} » n’est pas un dossier Encaisse`)
      expect(run.stderr).not.toMatch(/file is not a database|SQLITE/)
    }
    expect(readFileSync(path)).toEqual(bytes)
    expect(readdirSync(folder).sort()).toEqual(before)
  })

  it('another SQLite database is refused and left as it was', () => {
    const path = join(folder, 'autre-logiciel.db')
    const other = new Database(path)
    other.exec("CREATE TABLE contacts (nom TEXT); INSERT INTO contacts VALUES ('Dupré')")
    other.close()
    const before = sha(path)
    const run = encaisse(['aging', '--json', '--dossier', path])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('c’est une autre base de données SQLite')
    expect(sha(path)).toBe(before)
    expect(existsSync(backupFolder(path))).toBe(false)
  })

  it('a mistyped path creates nothing: no file, no folder, exit 2', () => {
    const path = join(folder, 'Dossiers-typo', 'Dupont.sqlite')
    const run = encaisse(['aging', '--json', '--dossier', path])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`Le dossier « ${path} » n’existe pas`)
    expect(existsSync(join(folder, 'Dossiers-typo'))).toBe(false)
  })
})

describe('a dossier written by a newer version', () => {
  it('is refused with the version that wrote it, and not changed', () => {
    const path = newDossier('futur.sqlite')
    const sqlite = new Database(path)
    sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('migration-de-demain', 4102444800000)
    const applied = sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number
    sqlite.close()
    const before = sha(path)
    const run = encaisse(['aging', '--json', '--dossier', path])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('a été enregistré par une version plus récente d’Encaisse')
    expect(run.stderr).toContain(`structure n° ${applied}, cette version-ci connaît jusqu’au n° ${applied - 1}`)
    expect(sha(path)).toBe(before)
  })
})

describe('a dossier this user cannot write', () => {
  it('opens read-only: reading works, every write is refused in French, the file is unchanged', () => {
    const shelf = join(folder, 'cd-rom')
    mkdirSync(shelf)
    const path = newDossier(join('cd-rom', 'Copie.sqlite'))
    expect(encaisse(['clients', 'add', '--code', 'C1', '--name', 'Dupré', '--dossier', path]).code).toBe(0)
    // As another user when run as root (root writes anything); otherwise by the file's and the folder's modes.
    const otherUserData = join(folder, 'user-data-autre')
    mkdirSync(otherUserData, { mode: 0o777 })
    chmodSync(otherUserData, 0o777)
    const asOther = { userData: otherUserData, ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}) }
    chmodSync(path, 0o444)
    chmodSync(shelf, 0o555)
    try {
      const before = sha(path)
      const listed = encaisse(['clients', 'list', '--dossier', path], asOther)
      expect(listed.stderr).toBe(`Dossier ouvert en lecture seule : ${path}\n`)
      expect(listed.code).toBe(0)
      expect(JSON.parse(listed.stdout)).toMatchObject([{ code: 'C1', name: 'Dupré' }])
      const info = encaisse(['info', '--dossier', path], asOther)
      expect(JSON.parse(info.stdout)).toMatchObject({ readOnly: true })
      const write = encaisse(['clients', 'add', '--code', 'C2', '--name', 'Martin', '--dossier', path], asOther)
      expect(write.code).toBe(2)
      expect(write.stderr).toContain(`Le dossier « ${path} » est ouvert en lecture seule : rien n’a été modifié.`)
      expect(sha(path)).toBe(before)
      expect(readdirSync(shelf)).toEqual(['Copie.sqlite'])
    } finally {
      chmodSync(shelf, 0o755)
      chmodSync(path, 0o644)
    }
  })
})

describe('one writer at a time, across programs', () => {
  it('reads never wait for a writer, and opening writes nothing', () => {
    const path = newDossier('lecture.sqlite')
    expect(encaisse(['clients', 'add', '--code', 'C1', '--name', 'Dupré', '--dossier', path]).code).toBe(0)
    const writer = new Database(path)
    writer.prepare('BEGIN IMMEDIATE').run()
    writer.prepare("INSERT INTO clients (code, name, search_key) VALUES ('C2', 'Pas encore validé', 'x')").run()
    try {
      const run = encaisse(['aging', '--json', '--dossier', path])
      expect(run.stderr).toBe('')
      // Opening used to insert the company row, so it waited 5 s for the lock and failed with « database is locked ».
      expect(run.code).toBe(0)
      const listed = encaisse(['clients', 'list', '--dossier', path])
      expect(JSON.parse(listed.stdout).map((c: { code: string }) => c.code)).toEqual(['C1'])
    } finally {
      writer.prepare('ROLLBACK').run()
      writer.close()
    }
  })

  it('a write while another program holds the dossier is refused, naming it (exit 2); its crash frees the dossier', async () => {
    const path = newDossier('occupe.sqlite')
    const holder: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'tests', 'helpers', 'write-lock-holder.ts'), path, 'l’application Encaisse', 'import'],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve())
        holder.on('exit', (code, signal) => reject(new Error(`the holder ended (${code ?? signal})`)))
      })
      const write = encaisse(['clients', 'add', '--code', 'C1', '--name', 'Dupré', '--dossier', path])
      expect(holder.exitCode, 'the holder still runs').toBeNull()
      expect(write.code, write.stderr).toBe(2)
      expect(write.stderr).toContain('Dossier occupé par l’application Encaisse (import en cours depuis 09:41 UTC')
      expect(write.stderr).toContain('rien n’a été modifié')
      expect(write.stderr).not.toMatch(/database is locked|inattendue/)
      const read = encaisse(['clients', 'list', '--dossier', path])
      expect(read.code).toBe(0)
      expect(JSON.parse(read.stdout)).toEqual([])
    } finally {
      holder.kill('SIGKILL')
      await new Promise((resolve) => holder.once('exit', resolve))
    }
    // Killed mid-transaction: SQLite's lock died with it, its write never happened, its note is ignored.
    const after = encaisse(['clients', 'add', '--code', 'C1', '--name', 'Dupré', '--dossier', path])
    expect(after.stderr).toBe('')
    expect(after.code).toBe(0)
    expect(clientNames(path)).toEqual(['Dupré'])
  })

  it('two imports of one file launched at once record one batch: the second finds it imported', async () => {
    const path = newDossier('deux-imports.sqlite')
    const runs = await Promise.all([0, 1].map(() => encaisseAsync(['import', '--file', fixtures.fecPipe.path, '--kind', 'fec', '--dossier', path])))
    for (const run of runs) expect(run.code, run.stderr).toBe(0)
    const summaries = runs.map((run) => JSON.parse(run.stdout) as { alreadyImported: boolean })
    expect(summaries.map((s) => s.alreadyImported).sort()).toEqual([false, true])
    const sqlite = new Database(path, { readonly: true })
    expect(sqlite.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(1)
    sqlite.close()
  })
})
