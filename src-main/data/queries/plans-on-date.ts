import type { PlanStatus } from '../../../src-shared/contract/plans'
import type { IsoDate } from '../../../src-shared/dates'
import { trackPlan, type PlanDelays, type TrackedPlan } from '../../domain/plans'
import type { Db } from '../open-dossier'
import { planPaymentsOf, storedPlans, type StoredPlan, type StoredPlanFilter } from './payment-plans'
import { planSettingsOf } from './plan-settings'

export interface PlanOnDate {
  stored: StoredPlan
  tracked: TrackedPlan
}

/** Plans with their instalments judged on `asOf` (payments applied, completed or broken derived). */
export function plansOnDate(db: Db, asOf: IsoDate, filter: StoredPlanFilter = {}, delays: PlanDelays = planSettingsOf(db)): PlanOnDate[] {
  const stored = storedPlans(db, filter)
  const payments = planPaymentsOf(db, stored.map((plan) => plan.clientId))
  return stored.map((plan) => ({ stored: plan, tracked: trackPlan(trackable(plan), payments.get(plan.clientId) ?? [], asOf, delays) }))
}

function trackable(plan: StoredPlan) {
  return {
    status: plan.status,
    proposedOn: plan.proposedOn,
    brokenOn: plan.brokenOn,
    completedOn: plan.completedOn,
    coveredCents: plan.coveredCents,
    instalments: plan.instalments,
  }
}

/** Plans that still hold their invoices on the day: proposed, or active and neither completed nor broken. */
export const HOLDING_STATUSES: readonly PlanStatus[] = ['proposed', 'active']
