import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { backupDossier } from './backup'
import { setBusyWait, USUAL_BUSY_WAIT_MS } from './busy-wait'
import { foldFrench } from './french-text'
import { applyMigrations, pendingMigrations } from './migrate'
import * as schema from './schema'
import { seedNewDossier } from './seed'

export type Db = BetterSQLite3Database<typeof schema>

/** An open dossier: one company's SQLite file. */
export interface Dossier {
  path: string
  sqlite: Database.Database
  db: Db
  /** Backup written before migrating, if migrations were applied to an existing dossier. */
  backupPath: string | null
  close(): void
}

export interface OpenOptions {
  migrationsFolder: string
  /** The better-sqlite3 addon built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string
  now?: Date
}

/**
 * Opens (creating it if needed) a dossier, with WAL, foreign keys, the French folding
 * function, and every pending migration applied after a backup of what was there.
 */
export function openDossier(path: string, options: OpenOptions): Dossier {
  mkdirSync(dirname(path), { recursive: true })
  const isNew = !existsSync(path)
  const sqlite = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    setBusyWait(sqlite, USUAL_BUSY_WAIT_MS)
    sqlite.pragma('foreign_keys = ON')
    // 64 MiB of page cache instead of SQLite's 2 MiB: a 200,000-invoice dossier's indexes
    // then stay in memory, which an import's transaction (hundreds of thousands of index
    // inserts) and the aging queries need; one desktop user can spare it.
    sqlite.pragma('cache_size = -65536')
    sqlite.pragma('temp_store = MEMORY')
    sqlite.function('fold_fr', { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? foldFrench(value) : value,
    )
    const pending = pendingMigrations(sqlite, options.migrationsFolder)
    const hasTables = !isNew && pending.length > 0 && hasUserTables(sqlite)
    // Opening comes before any call, so before any ctx: the backup is named by the computer's clock.
    // eslint-disable-next-line house/clock-from-ctx
    const backupPath = hasTables ? backupDossier(sqlite, path, 'avant-migration', options.now ?? new Date()) : null
    applyMigrations(sqlite, pending)
    const db = drizzle(sqlite, { schema })
    seedNewDossier(db)
    return { path, sqlite, db, backupPath, close: () => sqlite.close() }
  } catch (error) {
    sqlite.close()
    throw error
  }
}

function hasUserTables(sqlite: Database.Database): boolean {
  const row = sqlite
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%'")
    .get() as { n: number }
  return row.n > 0
}
