import { mkdirSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type Database from 'better-sqlite3'

/** Folder beside the dossier where its automatic backups go: "Société.sqlite" → "Société-sauvegardes/". */
export function backupFolder(dossierPath: string): string {
  const name = basename(dossierPath, extname(dossierPath))
  return join(dirname(dossierPath), `${name}-sauvegardes`)
}

/**
 * Writes a consistent copy of the open dossier, named with the instant (UTC) so that
 * backups sort by time and never overwrite each other. VACUUM INTO copies through
 * SQLite itself, so the WAL content is included and the copy is a valid dossier.
 */
export function backupDossier(sqlite: Database.Database, dossierPath: string, reason: string, now: Date): string {
  const folder = backupFolder(dossierPath)
  mkdirSync(folder, { recursive: true })
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const name = basename(dossierPath, extname(dossierPath))
  const target = join(folder, `${name}-${stamp}-${reason}.sqlite`)
  sqlite.prepare('VACUUM INTO ?').run(target)
  return target
}
