import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { DomainError } from '../../src-shared/result'
import { backupDossier, latestBackup } from './backup'
import { setBusyWait, USUAL_BUSY_WAIT_MS } from './busy-wait'
import { inspectDossierFile, notADossier } from './dossier-file'
import { foldFrench } from './french-text'
import { applyMigrations, knownMigrations, pendingMigrations } from './migrate'
import { seedBuiltinTemplates } from './queries/templates'
import * as schema from './schema'
import { checkDossierSchema } from './schema-version'

export type Db = BetterSQLite3Database<typeof schema>

/** An open dossier: one company's SQLite file. */
export interface Dossier {
  path: string
  sqlite: Database.Database
  db: Db
  /** Backup written before migrating, if migrations were applied to an existing dossier. */
  backupPath: string | null
  /** This open created the file. */
  created: boolean
  /** The file (or its folder) cannot be written by this user: every write is refused. */
  readOnly: boolean
  close(): void
}

export interface OpenOptions {
  migrationsFolder: string
  /** The better-sqlite3 addon built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string
  now: Date
  /** Creates the file when it does not exist; otherwise a missing file is refused. */
  create?: boolean
  /** Runs SQLite's quick_check (the app's and the host's open; a job's connection skips it). */
  quickCheck?: boolean
}

/**
 * Opens a dossier, creating it only when asked. Opening never writes an existing dossier
 * unless migrations are pending (then once, under the write lock, after a backup); a file
 * that is not a dossier, or one a newer version wrote, is refused and left as it was; a
 * file this user may not write opens read-only.
 */
export function openDossier(path: string, options: OpenOptions): Dossier {
  const state = inspectDossierFile(path)
  if (state.kind === 'missing' && !options.create) {
    throw new DomainError('NOT_FOUND', `Le dossier « ${path} » n’existe pas. Vérifiez le chemin ; aucun fichier n’a été créé.`)
  }
  const created = state.kind === 'missing'
  if (created) mkdirSync(dirname(path), { recursive: true })
  const readOnly = state.kind === 'sqlite' && !(state.writable && state.folderWritable)
  // SQLite keeps a WAL dossier's -shm beside it: in a folder it cannot write (a CD, a
  // colleague's share), it reads a private copy instead.
  const scratch = state.kind === 'sqlite' && !state.folderWritable ? readableCopy(path) : null
  const sqlite = new Database(scratch?.file ?? path, {
    readonly: readOnly,
    fileMustExist: !created,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  const close = () => {
    sqlite.close()
    if (scratch) rmSync(scratch.folder, { recursive: true, force: true })
  }
  try {
    setBusyWait(sqlite, USUAL_BUSY_WAIT_MS)
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('foreign_keys = ON')
    // 64 MiB of page cache instead of SQLite's 2 MiB: a 200,000-invoice dossier's indexes
    // then stay in memory, which an import's transaction (hundreds of thousands of index
    // inserts) and the aging queries need; one desktop user can spare it.
    sqlite.pragma('cache_size = -65536')
    sqlite.pragma('temp_store = MEMORY')
    sqlite.function('fold_fr', { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? foldFrench(value) : value,
    )
    const known = knownMigrations(options.migrationsFolder)
    if (!created) {
      readingDossier(path, () => checkDossierSchema(sqlite, path, known))
      if (options.quickCheck) readingDossier(path, () => checkIntegrity(sqlite, path))
    }
    const pending = pendingMigrations(sqlite, options.migrationsFolder)
    let backupPath: string | null = null
    if (pending.length > 0) {
      if (readOnly) {
        throw new DomainError(
          'CONFLICT',
          `Le dossier « ${path} » est en lecture seule et vient d’une version précédente d’Encaisse : copiez-le là où vous pouvez écrire pour le mettre à niveau.`,
        )
      }
      if (sqlite.pragma('journal_mode', { simple: true }) !== 'wal') sqlite.pragma('journal_mode = WAL')
      if (!created) backupPath = backupDossier(sqlite, path, 'avant-migration', options.now)
      applyMigrations(sqlite, pending)
    }
    const db = drizzle(sqlite, { schema })
    // The built-in letter templates live in code: they are added when the structure is brought up
    // to date (a new dossier, or a version that ships new ones comes with a migration), never on a
    // plain open, which must not write.
    if (pending.length > 0) seedBuiltinTemplates(db)
    return { path, sqlite, db, backupPath, created, readOnly, close }
  } catch (error) {
    close()
    throw error
  }
}

/** A private copy of a dossier (and its WAL, if any) in the temporary folder, for reading only. */
function readableCopy(path: string): { folder: string; file: string } {
  const folder = mkdtempSync(join(tmpdir(), 'encaisse-lecture-'))
  const file = join(folder, basename(path))
  copyFileSync(path, file)
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${file}-wal`)
  return { folder, file }
}

/** SQLite's structural check of the file's pages and indexes, cheaper than integrity_check. */
function checkIntegrity(sqlite: Database.Database, path: string): void {
  const result = sqlite.pragma('quick_check', { simple: true })
  if (result !== 'ok') throw damaged(path)
}

function damaged(path: string): DomainError {
  const backup = latestBackup(path)
  return new DomainError(
    'CONFLICT',
    `Le dossier « ${path} » est endommagé et ne peut pas être ouvert sans risque. ` +
      (backup ? `Dernière sauvegarde : « ${backup} » (Fichier → Restaurer une sauvegarde, ou encaisse restore).` : 'Aucune sauvegarde n’a été trouvée.'),
  )
}

/** SQLite's own refusals at open, in French: "file is not a database", a damaged page. */
function readingDossier(path: string, check: () => void): void {
  try {
    check()
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'SQLITE_NOTADB') throw notADossier(path, 'le fichier n’est pas une base de données lisible')
    if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) throw damaged(path)
    throw error
  }
}
