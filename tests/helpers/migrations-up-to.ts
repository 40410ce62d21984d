import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
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
let root: string | undefined

function scratchRoot(): string {
  if (root === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'encaisse-migrations-'))
    process.on('exit', () => rmSync(made, { recursive: true, force: true }))
    root = made
  }
  return root
}

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
  const folder = join(scratchRoot(), tag)
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

/** A new dossier file at version `tag` (an empty file when `tag` is null), foreign keys on as the app runs them. */
export function dossierAt(path: string, tag: string | null): Database.Database {
  const sqlite = new Database(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  if (tag !== null) migrateTo(sqlite, tag)
  return sqlite
}
