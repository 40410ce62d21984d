import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import type { BackupSettings } from '../../src-shared/contract/backups'
import { backupSettingsSchema } from '../../src-shared/contract/backups'
import { backupFolder } from '../data/backup'

/** Where this computer's backup settings live: they name its disks, so they belong to the computer, not to the dossier. */
export function backupSettingsFile(userData: string): string {
  return join(userData, 'sauvegardes.json')
}

const DEFAULTS: BackupSettings = { secondFolder: null, keepLast: 10, keepMonths: 12 }

export function readBackupSettings(file: string): BackupSettings {
  if (!existsSync(file)) return DEFAULTS
  try {
    const parsed = backupSettingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data : DEFAULTS
  } catch {
    return DEFAULTS // a damaged settings file is not worth losing the backups for: the defaults apply
  }
}

export function saveBackupSettings(file: string, settings: z.output<typeof backupSettingsSchema>): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(settings, null, 2))
}

/** The folders a backup goes to: beside the dossier, then the second folder (another disk) when one is set. */
export function backupFoldersOf(dossierPath: string, settings: BackupSettings): string[] {
  const beside = backupFolder(dossierPath)
  return settings.secondFolder ? [beside, join(settings.secondFolder, basename(beside))] : [beside]
}
