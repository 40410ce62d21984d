import { randomUUID } from 'node:crypto'
import type { Worker } from 'node:worker_threads'
import type { IsoDate } from '../../src-shared/dates'
import { DomainError, type AppError } from '../../src-shared/result'
import { spawnWorker } from '../worker/spawn-worker'
import { CancelFlag } from './cancel-flag'
import { jobKinds, type JobInput, type JobName, type JobOutput } from './job-kinds'
import type { JobReport, JobStart } from './job-messages'

export type JobState = 'running' | 'done' | 'failed' | 'cancelled'

/** A job as the screens poll it. */
export interface JobStatus<Output = unknown> {
  jobId: string
  name: JobName
  state: JobState
  /** The job's current phase ('reading', 'writing' for an import); '' before its first report. */
  phase: string
  done: number
  total: number
  /** The user asked to stop; the job ends 'cancelled' at its next check, or 'done' if it had already finished. */
  cancelRequested: boolean
  output: Output | null
  error: AppError | null
}

/** Where job threads find the dossier's migrations, the SQLite addon of this runtime and the log. */
export interface JobsSetup {
  migrationsFolder: string
  nativeBinding?: string
  logFile: string
  backupSettingsFile: string
  program: string
}

/** Finished jobs kept for the screens to read their outcome. */
const KEPT_JOBS = 20

const LOST_THREAD = "L'opération s'est arrêtée de façon inattendue ; rien n'a été enregistré. Le détail est dans le journal de l'application."

/**
 * The long jobs of this core, each in a worker thread with its own connection to the
 * dossier, followed by polling. One job at a time: two writers on one ledger would wait on
 * each other's locks and make both outcomes wrong.
 */
export class Jobs {
  readonly #jobs = new Map<string, { status: JobStatus; cancel: CancelFlag; thread: Worker | null }>()

  /** `onRunning` hears when a job starts and when none runs any more. */
  constructor(
    private readonly setup: JobsSetup,
    private readonly onRunning: (running: boolean) => void = () => undefined,
    /** The core's clock (Ctx.now), so that what a job stamps agrees with what the calls stamp. */
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  start<N extends JobName>(name: N, input: JobInput<N>, on: { dossierPath: string; today: IsoDate }): string {
    const running = [...this.#jobs.values()].find((entry) => entry.status.state === 'running')
    if (running) throw new DomainError('CONFLICT', jobKinds[running.status.name].busyMessage)
    const jobId = randomUUID()
    const cancel = new CancelFlag()
    const status: JobStatus = { jobId, name, state: 'running', phase: '', done: 0, total: 0, cancelRequested: false, output: null, error: null }
    const start: JobStart = { name, input, ...on, ...this.setup, startedAt: this.now(), cancel: cancel.buffer }
    const thread = spawnWorker('job-worker', start)
    const entry = { status, cancel, thread: thread as Worker | null }
    this.#jobs.set(jobId, entry)
    this.#forgetOldJobs()
    this.onRunning(true)
    const end = (patch: Partial<JobStatus>) => {
      if (status.state !== 'running') return
      Object.assign(status, patch)
      entry.thread = null
      this.onRunning(false)
    }
    thread.on('message', (report: JobReport) => {
      if (report.type === 'progress') Object.assign(status, { phase: report.phase, done: report.done, total: report.total })
      else if (report.type === 'done') end({ state: 'done', output: report.output })
      else if (report.type === 'cancelled') end({ state: 'cancelled' })
      else end({ state: 'failed', error: report.error })
    })
    thread.on('error', () => end({ state: 'failed', error: { code: 'INTERNAL', message: LOST_THREAD } }))
    thread.on('exit', () => end(cancel.requested ? { state: 'cancelled' } : { state: 'failed', error: { code: 'INTERNAL', message: LOST_THREAD } }))
    return jobId
  }

  /** True while a job of any kind runs (one writer at a time). */
  running(): boolean {
    return [...this.#jobs.values()].some((entry) => entry.status.state === 'running')
  }

  /** A job's status; `name` refuses a job of another kind (an import's screen asking for a backup's id). */
  status<N extends JobName>(jobId: string, name: N): JobStatus<JobOutput<N>> {
    return { ...this.#entry(jobId, name).status } as JobStatus<JobOutput<N>>
  }

  cancel<N extends JobName>(jobId: string, name: N): JobStatus<JobOutput<N>> {
    const entry = this.#entry(jobId, name)
    if (entry.status.state === 'running') {
      entry.cancel.request()
      entry.status.cancelRequested = true
    }
    return { ...entry.status } as JobStatus<JobOutput<N>>
  }

  /** Stops every running job (the core is closing): their transactions are not committed. */
  stopAll(): void {
    for (const entry of this.#jobs.values()) {
      entry.cancel.request()
      void entry.thread?.terminate()
    }
  }

  #entry(jobId: string, name: JobName) {
    const entry = this.#jobs.get(jobId)
    if (!entry || entry.status.name !== name) {
      throw new DomainError('NOT_FOUND', 'Cette opération est inconnue (application redémarrée depuis ?).')
    }
    return entry
  }

  #forgetOldJobs(): void {
    const finished = [...this.#jobs.values()].filter((entry) => entry.status.state !== 'running')
    for (const { status } of finished.slice(0, Math.max(0, finished.length - KEPT_JOBS))) this.#jobs.delete(status.jobId)
  }
}
