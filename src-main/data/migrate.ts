import type Database from 'better-sqlite3'
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator'

/** drizzle-kit's bookkeeping table, kept so that drizzle tooling reads our dossiers. */
const MIGRATIONS_TABLE = '__drizzle_migrations'

export function pendingMigrations(sqlite: Database.Database, migrationsFolder: string): MigrationMeta[] {
  const all = readMigrationFiles({ migrationsFolder })
  sqlite.exec(
    `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)`,
  )
  const last = sqlite.prepare(`SELECT max(created_at) AS at FROM ${MIGRATIONS_TABLE}`).get() as { at: number | null }
  return all.filter((migration) => last.at === null || migration.folderMillis > Number(last.at))
}

/**
 * Applies migrations in one transaction. drizzle's own migrator runs inside a transaction
 * where the generated `PRAGMA foreign_keys=OFF` is a no-op, so a table rebuild could
 * cascade-delete rows: foreign keys are switched off on the connection first, checked
 * with foreign_key_check before commit, and switched back on afterwards.
 */
export function applyMigrations(sqlite: Database.Database, migrations: MigrationMeta[]): void {
  if (migrations.length === 0) return
  sqlite.pragma('foreign_keys = OFF')
  try {
    sqlite.transaction(() => {
      const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`)
      for (const migration of migrations) {
        for (const statement of migration.sql) {
          if (statement.trim()) sqlite.exec(statement)
        }
        record.run(migration.hash, migration.folderMillis)
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[]
      if (violations.length > 0) {
        throw new Error(`migration left ${violations.length} broken foreign key(s): ${JSON.stringify(violations.slice(0, 5))}`)
      }
    })()
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
}
