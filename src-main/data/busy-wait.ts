import type Database from 'better-sqlite3'

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

/** True for SQLite's "another connection is writing" refusal. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT'
}
