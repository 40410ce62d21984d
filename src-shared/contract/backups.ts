import { z } from 'zod'
import { defineChannel } from './channel'

export const backupSettingsSchema = z.object({
  /** A second folder (USB key, network share) each backup is also written to; null for none. */
  secondFolder: z.string().trim().min(1).max(1000).nullable(),
  keepLast: z.number({ message: 'Indiquez un nombre de sauvegardes.' }).int().min(1, 'Gardez au moins une sauvegarde.').max(1000),
  keepMonths: z.number({ message: 'Indiquez un nombre de mois.' }).int().min(0).max(120),
})

export type BackupSettings = z.output<typeof backupSettingsSchema>

export interface BackupRow {
  /** The file's name: what the screens and the CLI send back to restore it (never a path). */
  name: string
  folder: string
  takenAt: string
  reason: string
  bytes: number
  /** What it holds, or null if it cannot be read. */
  contents: { companyName: string; clients: number; invoices: number } | null
}

export interface BackupsState {
  settings: BackupSettings
  /** False when the second folder is set but cannot be written (key unplugged, share offline). */
  secondFolderReachable: boolean
  backups: BackupRow[]
}

export interface BackupJobStatus {
  jobId: string
  state: 'running' | 'done' | 'failed' | 'cancelled'
  done: number
  total: number
  written: string[]
  error: { code: string; message: string } | null
}

export const backupsChannels = {
  'backups.list': defineChannel<BackupsState>()(z.object({})),
  'backups.start': defineChannel<{ jobId: string }>()(z.object({})),
  'backups.job': defineChannel<BackupJobStatus>()(z.object({ jobId: z.string().min(1).max(100) })),
  'backups.restore': defineChannel<{ restored: string; safetyCopy: string }>()(
    z.object({ name: z.string().min(1, 'Choisissez une sauvegarde.').max(300) }),
  ),
  'backups.saveSettings': defineChannel<BackupsState>()(backupSettingsSchema),
}
