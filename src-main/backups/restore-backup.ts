import { basename } from 'node:path'
import type { BackupSettings } from '../../src-shared/contract/backups'
import { DomainError } from '../../src-shared/result'
import { copyBackupInto, listBackupFiles, type BackupFile } from '../data/backup'
import { openDossier } from '../data/open-dossier'
import { takeBackup } from '../data/take-backup'
import type { DossierSession } from '../dossier-session'
import { backupFoldersOf } from './backup-settings'

/** The backups of a dossier in every folder, newest first. */
export function backupsOf(dossierPath: string, settings: BackupSettings): BackupFile[] {
  return backupFoldersOf(dossierPath, settings)
    .flatMap((folder) => listBackupFiles(folder))
    .sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0))
}

/**
 * Puts the dossier back in the state of one of its backups, found by name (never a path
 * from outside). The backup is checked first as any dossier is at open (an Encaisse
 * dossier, not from a newer version, not damaged); the current state is backed up
 * ('avant-restauration') before anything changes; the dossier is then reopened, so an
 * older backup gets this version's migrations.
 */
export async function restoreBackup(
  session: DossierSession,
  name: string,
  settings: BackupSettings,
  now: Date,
  migrationsFolder: string,
): Promise<{ restored: string; safetyCopy: string }> {
  const dossier = session.current
  if (dossier.readOnly) throw new DomainError('CONFLICT', `Le dossier « ${dossier.path} » est ouvert en lecture seule : il ne peut pas être restauré.`)
  const backup = backupsOf(dossier.path, settings).find((file) => file.name === basename(name))
  if (!backup) throw new DomainError('NOT_FOUND', `Aucune sauvegarde « ${name} » pour ce dossier (voir la liste des sauvegardes).`)
  openDossier(backup.path, { migrationsFolder, quickCheck: true, now }).close()
  const safety = await takeBackup(dossier, 'avant-restauration', now, settings, backupFoldersOf(dossier.path, settings))
  await copyBackupInto(backup.path, dossier.path)
  session.reopen()
  return { restored: backup.name, safetyCopy: safety.written[0] as string }
}
