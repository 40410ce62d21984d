import type { IsoDate } from '../../src-shared/dates'
import type { AppError } from '../../src-shared/result'
import type { JobName } from './job-kinds'

/** What a job's thread is started with: plain data only, code is found by the job's name. */
export interface JobStart {
  name: JobName
  input: unknown
  dossierPath: string
  migrationsFolder: string
  nativeBinding?: string
  logFile: string
  /** This computer's backup settings (second folder, retention), for the backups a job takes. */
  backupSettingsFile: string
  /** Who writes, named to another program that finds the dossier busy ("l’application Encaisse"). */
  program: string
  today: IsoDate
  /** The core's instant when the job started: its backups and notes are stamped with it. */
  startedAt: string
  /** The CancelFlag's memory, shared with the thread answering calls. */
  cancel: SharedArrayBuffer
}

/** What a job's thread reports, in order: progress any number of times, then exactly one outcome. */
export type JobReport =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'done'; output: unknown }
  | { type: 'failed'; error: AppError }
  | { type: 'cancelled' }
