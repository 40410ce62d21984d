import type { IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { activities, ACTIVITY_KINDS } from '../schema'

export interface TimelineEntry {
  clientId: number
  kind: (typeof ACTIVITY_KINDS)[number]
  body: string
  invoiceId?: number
}

/**
 * Adds a line to a client's timeline; called inside the transaction of what it records
 * (handlers do it through their mutation's `ctx.timeline`). `at` is the write's instant.
 */
export function recordActivity(db: Db, entry: TimelineEntry & { occurredOn: IsoDate; at?: string }): number {
  const { at, ...fields } = entry
  const stamps = at === undefined ? {} : { createdAt: at, updatedAt: at }
  return db.insert(activities).values({ ...fields, ...stamps }).returning({ id: activities.id }).get().id
}
