import type Database from 'better-sqlite3'
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator'

/** drizzle-kit's bookkeeping table, kept so that drizzle tooling reads our dossiers. */
const MIGRATIONS_TABLE = '__drizzle_migrations'

export function knownMigrations(migrationsFolder: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder })
}

export interface AppliedMigration {
  hash: string
  /** drizzle's folderMillis of the migration: its place in the sequence. */
  at: number
}

/** The migrations a dossier records, oldest first; none for a new file. Reads only. */
export function appliedMigrations(sqlite: Database.Database): AppliedMigration[] {
  if (!hasTable(sqlite, MIGRATIONS_TABLE)) return []
  const rows = sqlite.prepare(`SELECT hash, created_at AS at FROM ${MIGRATIONS_TABLE} ORDER BY created_at, id`).all() as {
    hash: string
    at: number | string
  }[]
  return rows.map((row) => ({ hash: row.hash, at: Number(row.at) }))
}

function appliedMigrationInstants(sqlite: Database.Database): number[] {
  return appliedMigrations(sqlite).map((migration) => migration.at)
}

/** The migrations this version knows that the dossier has not had yet. Reads only: opening never writes. */
export function pendingMigrations(sqlite: Database.Database, migrationsFolder: string): MigrationMeta[] {
  const applied = appliedMigrationInstants(sqlite)
  const last = applied.length > 0 ? Math.max(...applied) : null
  return knownMigrations(migrationsFolder).filter((migration) => last === null || migration.folderMillis > last)
}

/**
 * Applies migrations in one transaction, begun IMMEDIATE so it holds the write lock from
 * its first statement; a second program opening the same old dossier at the same moment
 * waits, then finds nothing left to do (the pending list is read again under the lock).
 * drizzle's own migrator runs inside a transaction where the generated
 * `PRAGMA foreign_keys=OFF` is a no-op, so a table rebuild could cascade-delete rows:
 * foreign keys are switched off on the connection first, checked with foreign_key_check
 * before commit, and switched back on afterwards.
 */
export function applyMigrations(sqlite: Database.Database, migrations: MigrationMeta[]): void {
  if (migrations.length === 0) return
  sqlite.pragma('foreign_keys = OFF')
  try {
    sqlite.transaction(() => {
      sqlite.exec(
        `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)`,
      )
      const applied = appliedMigrationInstants(sqlite)
      const last = applied.length > 0 ? Math.max(...applied) : null
      const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`)
      for (const migration of migrations) {
        if (last !== null && migration.folderMillis <= last) continue
        for (const statement of migration.sql) {
          if (statement.trim()) sqlite.exec(statement)
        }
        record.run(migration.hash, migration.folderMillis)
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[]
      if (violations.length > 0) {
        throw new Error(`migration left ${violations.length} broken foreign key(s): ${JSON.stringify(violations.slice(0, 5))}`)
      }
    }).immediate()
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
}

export function hasTable(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
}
