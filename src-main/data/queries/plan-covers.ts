import type { IsoDate } from '../../../src-shared/dates'
import type { PlanCover } from '../../domain/penalties'
import type { Db } from '../open-dossier'
import { plansOnDate } from './plans-on-date'

/**
 * The accepted plans that covered each invoice (of one client, or of all) by `asOf`, oldest acceptance
 * first, as the penalty engine needs them: kept (interest suspended since the acceptance)
 * or ended on the day of the breach, cancellation or replacement (interest runs again).
 * `endingPlanId` is a plan being renegotiated on `asOf`: it counts as replaced that day.
 */
export function planCoversOf(db: Db, clientId: number | undefined, asOf: IsoDate, endingPlanId?: number): Map<number, PlanCover[]> {
  const covers = new Map<number, PlanCover[]>()
  const plans = plansOnDate(db, asOf, { clientId, statuses: ['active', 'completed', 'broken', 'cancelled', 'replaced'] })
    .filter(({ stored }) => stored.acceptedOn !== null && stored.acceptedOn <= asOf)
    .sort((a, b) => (a.stored.acceptedOn! < b.stored.acceptedOn! ? -1 : a.stored.acceptedOn! > b.stored.acceptedOn! ? 1 : a.stored.id - b.stored.id))
  for (const { stored, tracked } of plans) {
    let ended: PlanCover['ended'] = null
    let resumesOn: IsoDate | null = null
    if (tracked.status === 'broken') [ended, resumesOn] = ['broken', tracked.brokenOn]
    else if (stored.id === endingPlanId) [ended, resumesOn] = ['replaced', asOf]
    else if ((stored.status === 'cancelled' || stored.status === 'replaced') && stored.cancelledOn !== null) {
      // Broken before it was cancelled or renegotiated: interest ran again from the breach.
      const broken = stored.brokenOn !== null && stored.brokenOn < stored.cancelledOn
      ;[ended, resumesOn] = broken ? ['broken', stored.brokenOn] : [stored.status, stored.cancelledOn]
    }
    // Judged on a day before it ended, a plan was still kept then.
    if (resumesOn !== null && resumesOn > asOf) [ended, resumesOn] = [null, null]
    const cover: PlanCover = { proposedOn: stored.proposedOn, acceptedOn: stored.acceptedOn!, resumesOn, ended, choice: stored.penalties }
    for (const invoiceId of stored.invoiceIds) covers.set(invoiceId, [...(covers.get(invoiceId) ?? []), cover])
  }
  return covers
}
