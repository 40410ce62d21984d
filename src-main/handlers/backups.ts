import { accessSync, constants, mkdirSync } from 'node:fs'
import type { BackupsState, backupsChannels, BackupSettings } from '../../src-shared/contract/backups'
import { DomainError } from '../../src-shared/result'
import { backupSettingsFile, readBackupSettings, saveBackupSettings } from '../backups/backup-settings'
import { backupsOf, restoreBackup } from '../backups/restore-backup'
import type { Ctx } from '../context'
import { backupContents } from '../data/backup'
import type { HandlersOf } from './handler'

function settingsOf(ctx: Ctx): BackupSettings {
  return readBackupSettings(backupSettingsFile(ctx.paths.userData))
}

/** A second folder that cannot be written (USB key unplugged, share offline) is shown as such, checked at each listing. */
function reachable(folder: string | null): boolean {
  if (folder === null) return true
  try {
    mkdirSync(folder, { recursive: true })
    accessSync(folder, constants.W_OK)
    return true
  } catch {
    return false
  }
}

function stateOf(ctx: Ctx): BackupsState {
  const settings = settingsOf(ctx)
  return {
    settings,
    secondFolderReachable: reachable(settings.secondFolder),
    backups: backupsOf(ctx.dossier.path, settings).map((file) => ({
      name: file.name,
      folder: file.folder,
      takenAt: file.takenAt,
      reason: file.reason,
      bytes: file.bytes,
      contents: backupContents(file.path),
    })),
  }
}

export const backupHandlers = {
  'backups.list': (ctx) => stateOf(ctx),

  'backups.start': (ctx) => {
    if (ctx.dossier.readOnly) throw new DomainError('CONFLICT', 'Ce dossier est ouvert en lecture seule : ses sauvegardes se font là où il est modifié.')
    return { jobId: ctx.jobs.start('backup', { reason: 'manuelle' }, { dossierPath: ctx.dossier.path, today: ctx.today() }) }
  },

  'backups.job': (ctx, input) => {
    const status = ctx.jobs.status(input.jobId, 'backup')
    return {
      jobId: status.jobId,
      state: status.state,
      done: status.done,
      total: status.total,
      written: status.output?.written ?? [],
      error: status.error && { code: status.error.code, message: status.error.message },
    }
  },

  'backups.restore': (ctx, input) => {
    if (ctx.jobs.running()) throw new DomainError('CONFLICT', 'Une opération longue est en cours (import, sauvegarde…) : attendez sa fin pour restaurer.')
    return restoreBackup(ctx.session, input.name, settingsOf(ctx), new Date(ctx.now()), ctx.paths.migrationsFolder)
  },

  'backups.saveSettings': (ctx, input) => {
    saveBackupSettings(backupSettingsFile(ctx.paths.userData), input)
    return stateOf(ctx)
  },
} satisfies HandlersOf<typeof backupsChannels>
