import type { IsoDate } from '../src-shared/dates'
import type { AppPaths } from './app-paths'
import type { Db, Dossier } from './data/open-dossier'
import type { DossierSession } from './dossier-session'
import type { ImportJobs } from './import/import-jobs'
import type { Logger } from './log'
import type { MailContext } from './mail/mail-context'

/**
 * What every handler receives: the open dossier, the calendar date, the log. No handler
 * reads a global clock or a global database, so each is testable on its own.
 */
export interface Ctx {
  db: Db
  dossier: Dossier
  session: DossierSession
  today(): IsoDate
  log: Logger
  paths: AppPaths
  /** Imports running in the background of this core. */
  imports: ImportJobs
  /** The SMTP password's keeping and the clock of the outbox (#12). */
  mail: MailContext
}

/** The context of one call: built per call, so a dossier switch is seen at once. */
export function contextFor(
  session: DossierSession,
  log: Logger,
  today: () => IsoDate,
  paths: AppPaths,
  imports: ImportJobs,
  mail: MailContext,
): Ctx {
  const dossier = session.current
  return { db: dossier.db, dossier, session, today, log, paths, imports, mail }
}
