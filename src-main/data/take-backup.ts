import type { BackupSettings } from '../../src-shared/contract/backups'
import { DomainError } from '../../src-shared/result'
import { backupsToDelete, deleteBackups, listBackupFiles, writeBackup, type BackupReason } from './backup'
import type { Dossier } from './open-dossier'

export interface TakenBackup {
  /** Every copy written: beside the dossier first, then the second folder's. */
  written: string[]
  /** Set when the second folder could not be written (the backup beside the dossier still was). */
  secondFolderError: string | null
}

/**
 * One backup of the open dossier into its folders, then the retention policy applied to
 * each folder. The backup beside the dossier must succeed; the second folder (a USB key that
 * may be unplugged) is best effort, and its failure is reported, not fatal.
 */
export async function takeBackup(
  dossier: Dossier,
  reason: BackupReason,
  now: Date,
  settings: BackupSettings,
  folders: string[],
  onProgress?: (done: number, total: number) => void,
): Promise<TakenBackup> {
  const [beside, ...others] = folders
  if (!beside) throw new Error('no backup folder')
  let written: string[]
  try {
    written = await writeBackup(dossier.sqlite, dossier.path, reason, now, [beside], onProgress)
  } catch (error) {
    throw new DomainError('CONFLICT', `La sauvegarde n’a pas pu être écrite dans « ${beside} » : ${(error as Error).message}. Rien n’a été modifié.`)
  }
  let secondFolderError: string | null = null
  for (const folder of others) {
    try {
      written.push(...(await writeBackup(dossier.sqlite, dossier.path, reason, now, [folder])))
    } catch (error) {
      secondFolderError = `La copie dans « ${folder} » a échoué : ${(error as Error).message}.`
    }
  }
  const today = now.toISOString().slice(0, 10)
  for (const folder of folders) deleteBackups(backupsToDelete(listBackupFiles(folder), settings, today))
  return { written, secondFolderError }
}
