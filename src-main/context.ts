import type { IsoDate } from '../src-shared/dates'
import type { Db, Dossier } from './data/open-dossier'
import type { DossierSession } from './dossier-session'
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
  log: Logger
}

/** The context of one call: built per call, so a dossier switch is seen at once. */
export function contextFor(session: DossierSession, log: Logger, today: () => IsoDate): Ctx {
  const dossier = session.current
  return { db: dossier.db, dossier, session, today, log }
}
