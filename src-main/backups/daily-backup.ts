import type { IsoDate } from '../../src-shared/dates'
import { backupFolder, listBackupFiles } from '../data/backup'
import type { Dossier } from '../data/open-dossier'
import type { Jobs } from '../jobs/jobs'
import type { Logger } from '../log'

/** The day's backup, taken as a job at the first open of the day when the dossier can be written and none exists from today. */
export function startDailyBackup(dossier: Dossier, jobs: Jobs, today: IsoDate, log: Logger): void {
  if (dossier.readOnly || dossier.created) return
  const latest = listBackupFiles(backupFolder(dossier.path))[0]
  if (latest && latest.takenAt.slice(0, 10) >= today) return
  const jobId = jobs.start('backup', { reason: 'quotidienne' }, { dossierPath: dossier.path, today })
  log.info('backup.daily_started', { path: dossier.path, jobId })
}
