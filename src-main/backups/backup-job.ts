import type { BackupReason } from '../data/backup'
import type { TakenBackup } from '../data/take-backup'
import type { JobKind } from '../jobs/job-kind'

/** A backup as a job: its own connection reads the dossier page by page while the app keeps answering. */
export const backupJob: JobKind<{ reason: BackupReason }, TakenBackup> = {
  activity: 'sauvegarde',
  busyMessage: 'Une autre opération longue est en cours (import, sauvegarde…) : attendez sa fin.',
  run: (input, tools) => tools.backup(input.reason),
}
