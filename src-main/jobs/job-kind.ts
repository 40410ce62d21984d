import type { IsoDate } from '../../src-shared/dates'
import type { BackupReason } from '../data/backup'
import type { TakenBackup } from '../data/take-backup'
import type { Dossier } from '../data/open-dossier'
import type { Logger } from '../log'

/** What a job's code is given in its own thread: its own connection to the dossier, and the means to report and stop. */
export interface JobTools {
  /** A connection of the job's own: the core keeps answering calls from its connection meanwhile (WAL). */
  dossier: Dossier
  /** The calendar date when the job was started (the core's clock). */
  today: IsoDate
  log: Logger
  /** Aborted when the user cancels, noticed wherever the job awaits (reading a file). */
  signal: AbortSignal
  /** True as soon as the user cancels: checked between rows inside a transaction, which a throw then rolls back. */
  cancelRequested(): boolean
  /** How far the job is: a phase the screen names, and a count of units done out of a total (0 when unknown). */
  progress(phase: string, done: number, total: number): void
  /** Backs the dossier up (beside it and in the second folder, retention applied), reporting pages as the phase 'backup'. */
  backup(reason: BackupReason): Promise<TakenBackup>
}

/**
 * A named long operation (an import, a letter batch, a backup): run in a thread of its own
 * with progress and cancellation, so the window and the other calls never wait for it.
 */
export interface JobKind<Input, Output> {
  /** The French refusal when another job is already running (one writer on a dossier at a time). */
  busyMessage: string
  /** What another program refused meanwhile is told is going on ("import", "sauvegarde"). */
  activity?: string
  run(input: Input, tools: JobTools): Promise<Output>
}
