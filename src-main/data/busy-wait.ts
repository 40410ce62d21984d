import type Database from 'better-sqlite3'
import type { Dossier } from './open-dossier'

/**
 * How long a write waits for another connection's transaction before SQLite answers busy:
 * long enough for another program on the dossier (the CLI) to finish a short write…
 */
export const USUAL_BUSY_WAIT_MS = 5000
/** …but only a moment while a job of ours holds a long write: a refusal in French beats a frozen call. */
export const BUSY_WAIT_DURING_JOB_MS = 100

export function setBusyWait(sqlite: Database.Database, ms: number): void {
  sqlite.pragma(`busy_timeout = ${ms}`)
}

/** Shortens the dossier's busy wait while one of our jobs writes, restores it after. */
export function waitBrieflyWhileJobWrites(dossier: Dossier, jobRunning: boolean): void {
  setBusyWait(dossier.sqlite, jobRunning ? BUSY_WAIT_DURING_JOB_MS : USUAL_BUSY_WAIT_MS)
}
