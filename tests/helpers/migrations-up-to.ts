import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll } from 'vitest'
import { applyMigrations, pendingMigrations } from '../../src-main/data/migrate'
import { REPO_ROOT } from './test-core'

/**
 * Dossiers at a past version, built by the real migrator, for testing each migration on
 * the data the version before it held (Signal's updateToVersion(N - 1) → updateToVersion(N)).
 */

export const MIGRATIONS_FOLDER = join(REPO_ROOT, 'migrations')

interface JournalEntry {
  idx: number
  tag: string
}

function journal(): { entries: JournalEntry[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'))
}

/** Every migration's tag ("0002_allocation-caches"), oldest first. */
export function migrationTags(): string[] {
  return journal().entries.map((entry) => entry.tag)
}

/** The tag of the migration just before `tag`; null for the first. */
export function previousTag(tag: string): string | null {
  const tags = migrationTags()
  const index = tags.indexOf(tag)
  if (index < 0) throw new Error(`no migration ${tag} in the journal`)
  return index === 0 ? null : (tags[index - 1] as string)
}

const foldersByTag = new Map<string, string>()
// Each test file loads this module afresh: its folders and dossiers go when its tests end.
const root = mkdtempSync(join(tmpdir(), 'encaisse-migrations-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/**
 * A copy of the migrations folder that stops at `tag` (included): the journal cut after
 * it, and its SQL files. What drizzle's reader sees there is the project as it was then.
 */
export function migrationsFolderUpTo(tag: string): string {
  const known = foldersByTag.get(tag)
  if (known) return known
  const whole = journal()
  const end = whole.entries.findIndex((entry) => entry.tag === tag)
  if (end < 0) throw new Error(`no migration ${tag} in the journal`)
  const entries = whole.entries.slice(0, end + 1)
  const folder = join(root, tag)
  mkdirSync(join(folder, 'meta'), { recursive: true })
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...whole, entries }))
  for (const entry of entries) {
    writeFileSync(join(folder, `${entry.tag}.sql`), readFileSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`)))
  }
  foldersByTag.set(tag, folder)
  return folder
}

/** Applies, with the real migrator, what is pending up to `tag`. */
export function migrateTo(sqlite: Database.Database, tag: string): void {
  applyMigrations(sqlite, pendingMigrations(sqlite, migrationsFolderUpTo(tag)))
}

let dossiers = 0

/**
 * A new dossier file at version `tag` (an empty file when `tag` is null), in a scratch
 * folder removed when the tests end, foreign keys on as the app runs them.
 */
export function dossierAt(tag: string | null, path = join(root, `dossier-${++dossiers}.sqlite`)): Database.Database {
  const sqlite = new Database(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  if (tag !== null) migrateTo(sqlite, tag)
  return sqlite
}

/**
 * A client's small ledger, valid at every version: two invoices and a credit note, a
 * payment, and allocations from both the payment and the credit note.
 */
export const SMALL_LEDGER_SQL = `
  INSERT INTO clients (id, code, name, search_key, kind) VALUES (1, 'C1', 'Dupré', 'dupre', 'pro');
  INSERT INTO invoices (id, client_id, number, kind, issue_date, due_date, amount_cents) VALUES
    (1, 1, 'F1', 'invoice', '2026-01-01', '2026-01-31', 10000),
    (2, 1, 'F2', 'invoice', '2026-02-01', '2026-03-03', 5000),
    (3, 1, 'AV1', 'credit_note', '2026-02-10', '2026-02-10', 3000);
  INSERT INTO payments (id, client_id, date, amount_cents, method) VALUES (1, 1, '2026-02-15', 12000, 'transfer');
  INSERT INTO allocations (invoice_id, payment_id, credit_note_id, amount_cents) VALUES
    (1, 1, NULL, 10000), (2, 1, NULL, 1500), (2, NULL, 3, 2000);
`
