import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import Database from 'better-sqlite3'

/** Folder beside the dossier where its automatic backups go: "Société.sqlite" → "Société-sauvegardes/". */
export function backupFolder(dossierPath: string): string {
  const name = basename(dossierPath, extname(dossierPath))
  return join(dirname(dossierPath), `${name}-sauvegardes`)
}

/** Why a backup was made; part of its file name, so a listing needs no index file. */
export type BackupReason = 'avant-migration' | 'avant-import' | 'avant-courriers' | 'quotidienne' | 'manuelle' | 'avant-restauration'

/** A backup file, as its name describes it. */
export interface BackupFile {
  path: string
  name: string
  folder: string
  /** ISO instant (UTC) the backup was taken. */
  takenAt: string
  reason: string
  bytes: number
}

const BACKUP_NAME = /-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite$/

/** A backup is written under this suffix and renamed when whole: a crash mid-way leaves no half backup that looks whole. */
const PARTIAL = '.partiel'

function backupTarget(folder: string, dossierPath: string, reason: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return join(folder, `${basename(dossierPath, extname(dossierPath))}-${stamp}-${reason}.sqlite`)
}

/**
 * Writes a consistent copy of the open dossier (before a migration), named with the instant
 * (UTC) so that backups sort by time and never overwrite each other. VACUUM INTO copies
 * through SQLite itself, so the WAL content is included and the copy is a valid dossier.
 */
export function backupDossier(sqlite: Database.Database, dossierPath: string, reason: BackupReason, now: Date): string {
  const folder = backupFolder(dossierPath)
  mkdirSync(folder, { recursive: true })
  const target = backupTarget(folder, dossierPath, reason, now)
  sqlite.prepare('VACUUM INTO ?').run(`${target}${PARTIAL}`)
  renameSync(`${target}${PARTIAL}`, target)
  return target
}

/**
 * Copies the open dossier into each folder through SQLite's online backup API (pages read
 * under a read lock, a write by another program restarting the copy), reporting pages done;
 * the first folder's copy is the backup, the others its copies on other disks.
 */
export async function writeBackup(
  sqlite: Database.Database,
  dossierPath: string,
  reason: BackupReason,
  now: Date,
  folders: string[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<string[]> {
  const written: string[] = []
  for (const folder of folders) {
    mkdirSync(folder, { recursive: true })
    const target = backupTarget(folder, dossierPath, reason, now)
    const { totalPages } = await sqlite.backup(`${target}${PARTIAL}`, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress(totalPages - remainingPages, totalPages)
        return 256
      },
    })
    onProgress(totalPages, totalPages) // the last step is not reported by better-sqlite3
    renameSync(`${target}${PARTIAL}`, target)
    written.push(target)
  }
  return written
}

/** The whole backups of a folder, newest first (half-written ones are left out). */
export function listBackupFiles(folder: string): BackupFile[] {
  if (!existsSync(folder)) return []
  const files: BackupFile[] = []
  for (const name of readdirSync(folder)) {
    const match = BACKUP_NAME.exec(name)
    if (!match) continue
    const [, day, hours, minutes, seconds, millis, reason] = match
    const path = join(folder, name)
    files.push({ path, name, folder, takenAt: `${day}T${hours}:${minutes}:${seconds}.${millis}Z`, reason: reason ?? '', bytes: statSync(path).size })
  }
  return files.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0))
}

/** The newest backup beside a dossier, for the message of a damaged one. */
export function latestBackup(dossierPath: string): string | null {
  return listBackupFiles(backupFolder(dossierPath))[0]?.path ?? null
}

export interface Retention {
  /** The newest backups kept whatever their age. */
  keepLast: number
  /** Besides those, the newest backup of each of this many months (the current one included). */
  keepMonths: number
}

/** Which backups a retention policy lets go: all but the newest `keepLast` and one per recent month. */
export function backupsToDelete(files: BackupFile[], retention: Retention, today: string): BackupFile[] {
  const newestFirst = [...files].sort((a, b) => (a.takenAt < b.takenAt ? 1 : -1))
  const months = recentMonths(today, retention.keepMonths)
  const monthKept = new Set<string>()
  return newestFirst.filter((file, index) => {
    const month = file.takenAt.slice(0, 7)
    if (index < retention.keepLast) {
      monthKept.add(month) // a month is already represented by a backup kept among the newest
      return false
    }
    if (months.has(month) && !monthKept.has(month)) {
      monthKept.add(month)
      return false
    }
    return true
  })
}

export function deleteBackups(files: BackupFile[]): void {
  for (const file of files) rmSync(file.path, { force: true })
}

function recentMonths(today: string, count: number): Set<string> {
  const months = new Set<string>()
  let year = Number(today.slice(0, 4))
  let month = Number(today.slice(5, 7))
  for (let i = 0; i < count; i++) {
    months.add(`${year}-${String(month).padStart(2, '0')}`)
    month -= 1
    if (month === 0) {
      month = 12
      year -= 1
    }
  }
  return months
}

/** What a backup holds, read from it without changing it. */
export function backupContents(path: string): { companyName: string; clients: number; invoices: number } | null {
  try {
    const sqlite = new Database(path, { readonly: true, fileMustExist: true })
    try {
      const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
      const companyName = (sqlite.prepare('SELECT legal_name FROM company LIMIT 1').pluck().get() as string | undefined) ?? ''
      return { companyName, clients: count('clients'), invoices: count('invoices') }
    } finally {
      sqlite.close()
    }
  } catch {
    return null // an unreadable backup is listed as such
  }
}

/**
 * Puts a backup's content into the dossier through SQLite's backup API: the dossier is
 * rewritten under its own write lock, in one step other connections see whole or not at
 * all (never a file copied over a dossier another program has open).
 */
export async function copyBackupInto(backupPath: string, dossierPath: string): Promise<void> {
  const source = new Database(backupPath, { readonly: true, fileMustExist: true })
  try {
    // One step: the dossier is locked for writing until the copy is done anyway.
    await source.backup(dossierPath, { progress: () => 0x7fffffff })
  } finally {
    source.close()
  }
}
