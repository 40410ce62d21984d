import type { BrokenPlanNotice, InstalmentReminderView } from '../../src-shared/contract/plans'
import { formatFrenchDate, type IsoDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import type { Db } from '../data/open-dossier'
import { recordedPlanReminderKeys } from '../data/queries/payment-plans'
import { changePlan } from '../data/queries/plan-writes'
import { planSettingsOf } from '../data/queries/plan-settings'
import { planReminders } from '../domain/plans'
import type { MutationCtx } from './mutation'
import { plansOnDate, type PlanOnDate } from '../data/queries/plans-on-date'

export interface PlanRemindersOfDay {
  plans: PlanOnDate[]
  reminders: InstalmentReminderView[]
  broken: BrokenPlanNotice[]
}

/** The plans' reminders of the day (Relances du jour) and the plans found broken and not yet written down. */
export function planRemindersOfDay(db: Db, asOf: IsoDate): PlanRemindersOfDay {
  const settings = planSettingsOf(db)
  const plans = plansOnDate(db, asOf, { statuses: ['active'] }, settings)
  const recorded = recordedPlanReminderKeys(db)
  const reminders = plans.flatMap(({ stored, tracked }) =>
    planReminders(stored.id, tracked, asOf, settings, recorded).map((reminder) => ({
      planId: stored.id,
      clientId: stored.clientId,
      clientCode: stored.clientCode,
      clientName: stored.clientName,
      ...reminder,
    })),
  )
  const broken = plans
    .filter(({ tracked }) => tracked.status === 'broken')
    .map(({ stored, tracked }) => ({ planId: stored.id, clientId: stored.clientId, clientName: stored.clientName, brokenOn: tracked.brokenOn!, remainingCents: tracked.remainingCents }))
  return { plans, reminders, broken }
}

/**
 * Writes down the plans found completed or broken on the day, each with a line in its
 * client's timeline, as kept and broken promises are when the day's reminders are validated.
 */
export function recordPlanOutcomes(ctx: MutationCtx, asOf: IsoDate, plans: readonly PlanOnDate[] = plansOnDate(ctx.db, asOf, { statuses: ['active'] })): void {
  for (const { stored, tracked } of plans) {
    if (tracked.status === 'broken' && tracked.brokenOn) {
      changePlan(ctx.db, stored.id, { status: 'broken', brokenOn: tracked.brokenOn }, ctx.now())
      ctx.timeline({
        clientId: stored.clientId,
        kind: 'plan',
        occurredOn: tracked.brokenOn,
        body: `Échéancier du ${formatFrenchDate(stored.proposedOn)} rompu le ${formatFrenchDate(tracked.brokenOn)} : ${formatEuros(tracked.remainingCents)} deviennent exigibles, le client revient dans les relances.`,
      })
    } else if (tracked.status === 'completed' && tracked.completedOn) {
      changePlan(ctx.db, stored.id, { status: 'completed', completedOn: tracked.completedOn }, ctx.now())
      ctx.timeline({
        clientId: stored.clientId,
        kind: 'plan',
        occurredOn: tracked.completedOn,
        body: `Échéancier du ${formatFrenchDate(stored.proposedOn)} soldé le ${formatFrenchDate(tracked.completedOn)} : toutes les échéances sont réglées.`,
      })
    }
  }
}
