import type { IsoDate } from '../src-shared/dates'
import type { AppPaths } from './app-paths'
import type { Db, Dossier } from './data/open-dossier'
import type { DossierSession } from './dossier-session'
import type { Jobs } from './jobs/jobs'
import type { Logger } from './log'

/**
 * What every handler receives: the open dossier, the calendar date, the log. No handler
 * reads a global clock or a global database, so each is testable on its own.
 */
export interface Ctx {
  db: Db
  dossier: Dossier
  session: DossierSession
  today(): IsoDate
  /** The current instant (ISO, UTC) for audit fields; on the same calendar day as today() when that is fixed. */
  now(): string
  log: Logger
  paths: AppPaths
  /** Long jobs (imports…) running in threads of their own, each with its own connection. */
  jobs: Jobs
}

/** The context of one call: built per call, so a dossier switch is seen at once. */
export function contextFor(
  session: DossierSession,
  log: Logger,
  today: () => IsoDate,
  paths: AppPaths,
  jobs: Jobs,
  now: () => string,
): Ctx {
  const dossier = session.current
  return { db: dossier.db, dossier, session, today, now, log, paths, jobs }
}
