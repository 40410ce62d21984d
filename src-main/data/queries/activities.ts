import type { IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { activities, ACTIVITY_KINDS } from '../schema'

/** Adds a line to a client's timeline; called inside the transaction of what it records. */
export function recordActivity(
  db: Db,
  entry: { clientId: number; kind: (typeof ACTIVITY_KINDS)[number]; occurredOn: IsoDate; body: string; invoiceId?: number },
): void {
  db.insert(activities).values(entry).run()
}
