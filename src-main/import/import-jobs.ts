import { randomUUID } from 'node:crypto'
import type { ImportJob, ImportRejection, ImportSummary } from '../../src-shared/contract/imports'
import { DomainError } from '../../src-shared/result'
import type { ImportProgress } from './run-import'

type Work = (signal: AbortSignal, onProgress: (progress: ImportProgress) => void) => Promise<ImportSummary>

/** Finished jobs kept for the screen to read their outcome. */
const KEPT_JOBS = 20

/**
 * Imports running in the background of the core, followed by polling: the renderer asks
 * for a job's progress while the core reads the file, and may cancel it then. One import
 * at a time: two writers on one ledger would make both summaries wrong.
 */
export class ImportJobs {
  readonly #jobs = new Map<string, { job: ImportJob; controller: AbortController }>()

  start(work: Work): string {
    if ([...this.#jobs.values()].some(({ job }) => job.state === 'reading' || job.state === 'writing')) {
      throw new DomainError('CONFLICT', 'Un import est déjà en cours : attendez sa fin ou annulez-le.')
    }
    const jobId = randomUUID()
    const controller = new AbortController()
    const job: ImportJob = { jobId, state: 'reading', bytesRead: 0, totalBytes: 0, summary: null, error: null }
    this.#jobs.set(jobId, { job, controller })
    this.#forgetOldJobs()
    const onProgress = (progress: ImportProgress) => {
      job.state = progress.phase
      job.bytesRead = progress.bytesRead
      job.totalBytes = progress.totalBytes
    }
    work(controller.signal, onProgress).then(
      (summary) => {
        job.state = 'done'
        job.summary = summary
      },
      (error: unknown) => {
        if (controller.signal.aborted) {
          job.state = 'cancelled'
          return
        }
        job.state = 'failed'
        job.error =
          error instanceof DomainError
            ? { code: error.code, message: error.message, rejected: (error.details?.rejected as ImportRejection[] | undefined) ?? [] }
            : { code: 'INTERNAL', message: "L'import a échoué de façon inattendue ; rien n'a été enregistré.", rejected: [] }
      },
    )
    return jobId
  }

  get(jobId: string): ImportJob {
    const entry = this.#jobs.get(jobId)
    if (!entry) throw new DomainError('NOT_FOUND', 'Cet import est inconnu (application redémarrée depuis ?).')
    return { ...entry.job }
  }

  /** Cancels while the file is read; once writing, the transaction ends whole either way. */
  cancel(jobId: string): ImportJob {
    const entry = this.#jobs.get(jobId)
    if (!entry) throw new DomainError('NOT_FOUND', 'Cet import est inconnu (application redémarrée depuis ?).')
    if (entry.job.state === 'reading') entry.controller.abort()
    return { ...entry.job }
  }

  #forgetOldJobs(): void {
    const finished = [...this.#jobs.values()].filter(({ job }) => job.state !== 'reading' && job.state !== 'writing')
    for (const { job } of finished.slice(0, Math.max(0, finished.length - KEPT_JOBS))) this.#jobs.delete(job.jobId)
  }
}
