// The thread of one long job: opens its own connection to the dossier, runs the job named
// in workerData, reports progress and its outcome to the core's thread, and ends.
import { parentPort, workerData } from 'node:worker_threads'
import { DomainError } from '../../src-shared/result'
import { backupFoldersOf, readBackupSettings } from '../backups/backup-settings'
import { takeBackup } from '../data/take-backup'
import { openDossier, type Dossier } from '../data/open-dossier'
import { frenchSqliteError } from '../data/sqlite-errors'
import { noteWriter } from '../data/writer-note'
import { CancelFlag } from '../jobs/cancel-flag'
import { jobKinds } from '../jobs/job-kinds'
import type { JobReport, JobStart } from '../jobs/job-messages'
import { createFileLogger, describeError } from '../log'

/** How often an awaiting job looks at the cancel flag (a transaction looks at it between rows). */
const CANCEL_POLL_MS = 50

const UNEXPECTED = "L'opération a échoué de façon inattendue ; rien n'a été enregistré. Le détail est dans le journal de l'application."

async function runJob(start: JobStart, report: (message: JobReport) => void): Promise<void> {
  const log = createFileLogger(start.logFile)
  const cancel = new CancelFlag(start.cancel)
  const controller = new AbortController()
  const watch = setInterval(() => cancel.requested && controller.abort(), CANCEL_POLL_MS)
  let dossier: Dossier | null = null
  const kind = jobKinds[start.name]
  const releaseNote = noteWriter(start.dossierPath, start.program, kind.activity ?? 'opération longue', start.startedAt)
  try {
    const open = openDossier(start.dossierPath, { migrationsFolder: start.migrationsFolder, nativeBinding: start.nativeBinding, now: new Date(start.startedAt) })
    dossier = open
    const progress = (phase: string, done: number, total: number) => report({ type: 'progress', phase, done, total })
    const output = await kind.run(start.input as never, {
      dossier: open,
      today: start.today,
      log,
      signal: controller.signal,
      cancelRequested: () => cancel.requested,
      progress,
      backup: (reason) => {
        const settings = readBackupSettings(start.backupSettingsFile)
        return takeBackup(open, reason, new Date(start.startedAt), settings, backupFoldersOf(open.path, settings), (done, total) =>
          progress('backup', done, total),
        )
      },
    })
    report({ type: 'done', output })
  } catch (error) {
    if (cancel.requested) {
      log.info('job.cancelled', { job: start.name })
      report({ type: 'cancelled' })
    } else if (error instanceof DomainError || frenchSqliteError(error, start.dossierPath)) {
      const refusal = error instanceof DomainError ? error : (frenchSqliteError(error, start.dossierPath) as DomainError)
      log.info('job.refused', { job: start.name, code: refusal.code, message: refusal.message, ...describeError(error) })
      report({ type: 'failed', error: { code: refusal.code, message: refusal.message, details: refusal.details } })
    } else {
      log.error('job.failed', { job: start.name, ...describeError(error) })
      report({ type: 'failed', error: { code: 'INTERNAL', message: UNEXPECTED } })
    }
  } finally {
    clearInterval(watch)
    dossier?.close()
    releaseNote()
  }
}

const port = parentPort
if (port) void runJob(workerData as JobStart, (message) => port.postMessage(message))
