import { backupJob } from '../backups/backup-job'
import { letterBatchJob, printedLettersJob } from '../documents/letters/letter-jobs'
import { importJob } from '../import/import-job'
import type { JobKind } from './job-kind'

/** Every kind of job, by name: the name is what crosses between threads, never code. */
export const jobKinds = {
  import: importJob,
  backup: backupJob,
  letters: letterBatchJob,
  'letters-printed': printedLettersJob,
} satisfies Record<string, JobKind<never, unknown>>

export type JobName = keyof typeof jobKinds
export type JobInput<N extends JobName> = Parameters<(typeof jobKinds)[N]['run']>[0]
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof jobKinds)[N]['run']>>
