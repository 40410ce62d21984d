import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupFolder } from '../../src-main/data/backup'
import { openDossier } from '../../src-main/data/open-dossier'
import { dossierAt, migrationTags } from '../helpers/migrations-up-to'
import { createTestCore, REPO_ROOT } from '../helpers/test-core'

const migrationsFolder = join(REPO_ROOT, 'migrations')
const releasedCount = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')).entries.length as number
let folder: string

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'encaisse-dossier-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

const tables = (sqlite: Database.Database) =>
  (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  )

describe('opening a dossier', () => {
  it('creates the file with WAL, foreign keys, French folding and the whole schema', () => {
    const dossier = openDossier(join(folder, 'Société.sqlite'), { now: new Date(), migrationsFolder, create: true })
    const { sqlite } = dossier
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(sqlite.prepare("SELECT fold_fr('ÉTS Dupré Œuvre') AS f").get()).toEqual({ f: 'ets dupre oeuvre' })
    expect(tables(sqlite)).toEqual(
      expect.arrayContaining([
        'company', 'clients', 'contacts', 'segments', 'invoices', 'payments', 'allocations', 'disputes',
        'promises', 'activities', 'scenarios', 'scenario_steps', 'reminder_actions', 'payment_plans',
        'instalments', 'rate_half_years', 'templates', 'outbox', 'import_batches', 'import_mappings',
      ]),
    )
    expect(sqlite.prepare('SELECT id FROM company').all()).toEqual([{ id: 1 }])
    expect(dossier.backupPath).toBeNull()
    dossier.close()
  })

  it('reopens without migrating again and without a backup', () => {
    const path = join(folder, 'd.sqlite')
    openDossier(path, { now: new Date(), migrationsFolder, create: true }).close()
    const again = openDossier(path, { now: new Date(), migrationsFolder, create: true })
    expect(again.backupPath).toBeNull()
    expect(again.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: releasedCount })
    again.close()
  })

  it('enforces the schema rules in the database itself', () => {
    const dossier = openDossier(join(folder, 'd.sqlite'), { now: new Date(), migrationsFolder, create: true })
    const { sqlite } = dossier
    sqlite.prepare("INSERT INTO clients (code, name, search_key) VALUES ('C1', 'Client', 'client c1')").run()
    const insertInvoice = sqlite.prepare(
      'INSERT INTO invoices (client_id, number, issue_date, due_date, amount_cents) VALUES (?, ?, ?, ?, ?)',
    )
    expect(() => insertInvoice.run(1, 'F1', '2026-01-10', '2026-01-09', 100)).toThrow(/CHECK constraint failed: invoices_due_after_issue/)
    expect(() => insertInvoice.run(1, 'F1', '2026-01-10', '2026-02-09', 0)).toThrow(/invoices_amount_positive/)
    expect(() => insertInvoice.run(1, 'F1', '10/01/2026', '2026-02-09', 100)).toThrow(/CHECK constraint failed/)
    expect(() => insertInvoice.run(99, 'F1', '2026-01-10', '2026-02-09', 100)).toThrow(/FOREIGN KEY/)
    insertInvoice.run(1, 'F1', '2026-01-10', '2026-02-09', 100)
    expect(() => insertInvoice.run(1, 'F1', '2026-01-10', '2026-02-09', 100)).toThrow(/UNIQUE/)
    dossier.close()
  })

  it('backs a dossier of the previous version up before migrating it, and the backup is a readable copy', () => {
    const path = join(folder, 'Ancien.sqlite')
    const tags = migrationTags()
    const legacy = dossierAt(tags[tags.length - 2] as string, path)
    legacy.exec("INSERT INTO clients (code, name, search_key) VALUES ('C1', 'À garder', 'a garder')")
    legacy.close()
    const dossier = openDossier(path, { migrationsFolder, now: new Date('2026-11-23T08:30:00Z') })
    expect(dossier.backupPath).toBe(join(backupFolder(path), 'Ancien-2026-11-23T08-30-00-000Z-avant-migration.sqlite'))
    const backup = new Database(dossier.backupPath as string, { readonly: true })
    expect(backup.prepare('SELECT name FROM clients').all()).toEqual([{ name: 'À garder' }])
    expect(backup.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: releasedCount - 1 })
    backup.close()
    expect(dossier.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: releasedCount })
    dossier.close()
  })

  it('rolls a migration back whole when it would leave a broken foreign key', () => {
    const brokenFolder = join(folder, 'migrations')
    cpSync(migrationsFolder, brokenFolder, { recursive: true })
    const journalPath = join(brokenFolder, 'meta', '_journal.json')
    const journal = JSON.parse(readFileSync(journalPath, 'utf8'))
    journal.entries.push({ idx: releasedCount, version: '6', when: Date.now() + 1000, tag: '9999_broken', breakpoints: true })
    writeFileSync(journalPath, JSON.stringify(journal))
    writeFileSync(
      join(brokenFolder, '9999_broken.sql'),
      "CREATE TABLE extra (x integer);\n--> statement-breakpoint\nINSERT INTO contacts (client_id, name) VALUES (42, 'orphelin');",
    )
    const path = join(folder, 'd.sqlite')
    openDossier(path, { now: new Date(), migrationsFolder, create: true }).close()
    expect(() => openDossier(path, { now: new Date(), migrationsFolder: brokenFolder })).toThrow(/broken foreign key/)
    const after = new Database(path)
    expect(tables(after)).not.toContain('extra')
    expect(after.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 0 })
    expect(after.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: releasedCount })
    after.close()
    expect(existsSync(backupFolder(path))).toBe(true)
    expect(readdirSync(backupFolder(path))).toHaveLength(1)
  })
})

describe('the « Ouvrir un dossier » channel', () => {
  it('refuses a file that is not a dossier, leaves it as it was, and keeps the open dossier', async () => {
    const core = createTestCore()
    try {
      const text = join(core.folder, 'relances.txt')
      writeFileSync(text, 'Dupré : relancer lundi.\n')
      const error = await core.refused('dossier.open', { path: text })
      expect(error.message).toBe(`« ${text} » n’est pas un dossier Encaisse : ce n’est pas une base de données Encaisse (texte, PDF, tableur…). Le fichier n’a pas été modifié.`)
      expect(readFileSync(text, 'utf8')).toBe('Dupré : relancer lundi.\n')
      expect((await core.ok('dossier.info', {})).path).toBe(join(core.folder, 'dossier.sqlite'))
      const missing = await core.refused('dossier.open', { path: join(core.folder, 'absent.sqlite') })
      expect(missing.code).toBe('NOT_FOUND')
      expect(existsSync(join(core.folder, 'absent.sqlite'))).toBe(false)
    } finally {
      core.dispose()
    }
  })
})
