import { randomUUID } from 'node:crypto'
import type { BatchJob } from '../../../src-shared/contract/letter-batches'
import { DomainError } from '../../../src-shared/result'
import type { BatchOutcome, BatchProgress } from './letter-batch'

type Work = (signal: AbortSignal, onProgress: (progress: BatchProgress) => void) => Promise<BatchOutcome>

/** Finished batches kept for the page to fetch their PDF. */
const KEPT_JOBS = 5

/**
 * Print batches running in the background of this process, followed by polling (as
 * imports are): the page shows the progress, may cancel, then downloads the merged PDF.
 */
export class BatchJobs {
  readonly #jobs = new Map<string, { job: BatchJob; controller: AbortController; pdf: Buffer | null; fileName: string }>()

  start(letterDate: string, total: number, work: Work): string {
    const jobId = randomUUID()
    const controller = new AbortController()
    const job: BatchJob = { jobId, state: 'rendering', done: 0, total, letterDate, printed: [], refused: [], files: [], error: null }
    const entry = { job, controller, pdf: null as Buffer | null, fileName: '' }
    this.#jobs.set(jobId, entry)
    this.#forgetOldJobs()
    work(controller.signal, (progress) => {
      job.done = progress.done
    }).then(
      (outcome) => {
        Object.assign(job, { state: 'done', printed: outcome.printed, refused: outcome.refused, files: outcome.files })
        entry.pdf = outcome.pdf
        entry.fileName = outcome.fileName
      },
      (error: unknown) => {
        if (controller.signal.aborted) {
          job.state = 'cancelled'
          return
        }
        job.state = 'failed'
        job.error = error instanceof DomainError ? error.message : 'L’impression a échoué de façon inattendue ; rien n’a été enregistré.'
        if (error instanceof DomainError && Array.isArray(error.details?.refused)) job.refused = error.details.refused as BatchJob['refused']
      },
    )
    return jobId
  }

  #entry(jobId: string) {
    const entry = this.#jobs.get(jobId)
    if (!entry) throw new DomainError('NOT_FOUND', 'Cette impression est inconnue (application redémarrée depuis ?).')
    return entry
  }

  get(jobId: string): BatchJob {
    return { ...this.#entry(jobId).job }
  }

  cancel(jobId: string): BatchJob {
    const entry = this.#entry(jobId)
    if (entry.job.state === 'rendering') entry.controller.abort()
    return { ...entry.job }
  }

  pdf(jobId: string): { pdf: Buffer; fileName: string } {
    const entry = this.#entry(jobId)
    if (!entry.pdf) throw new DomainError('CONFLICT', 'Cette impression n’est pas terminée.')
    return { pdf: entry.pdf, fileName: entry.fileName }
  }

  #forgetOldJobs(): void {
    const finished = [...this.#jobs.values()].filter(({ job }) => job.state !== 'rendering')
    for (const { job } of finished.slice(0, Math.max(0, finished.length - KEPT_JOBS))) this.#jobs.delete(job.jobId)
  }
}
