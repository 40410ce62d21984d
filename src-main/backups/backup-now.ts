import type { Ctx } from '../context'
import type { BackupReason } from '../data/backup'
import { takeBackup, type TakenBackup } from '../data/take-backup'
import { backupFoldersOf, backupSettingsFile, readBackupSettings } from './backup-settings'

/** A backup taken within a call on the core's connection (the CLI's import), with this computer's settings. */
export function backupNow(ctx: Ctx, reason: BackupReason): Promise<TakenBackup> {
  const settings = readBackupSettings(backupSettingsFile(ctx.paths.userData))
  return takeBackup(ctx.dossier, reason, new Date(ctx.now()), settings, backupFoldersOf(ctx.dossier.path, settings))
}
