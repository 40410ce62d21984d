import type { InstalmentView, PlanRow, PlanStatus } from '../../src-shared/contract/plans'
import type { IsoDate } from '../../src-shared/dates'
import type { Db } from '../data/open-dossier'
import { planPaymentsOf, storedPlans, type StoredPlan, type StoredPlanFilter } from '../data/queries/payment-plans'
import { planSettingsOf } from '../data/queries/plan-settings'
import { trackPlan, type PlanDelays, type TrackedPlan } from '../domain/plans'

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

/** The instalments as screens show them. */
export function instalmentViews(plan: PlanOnDate): InstalmentView[] {
  let remaining = plan.stored.coveredCents
  return plan.tracked.instalments.map((instalment) => {
    remaining -= instalment.amountCents
    const edited = plan.stored.instalments.find((row) => row.id === instalment.id)?.edited ?? false
    return { ...instalment, remainingCents: remaining, edited }
  })
}

/** One line of the Échéanciers page. */
export function planRow({ stored, tracked }: PlanOnDate): PlanRow {
  const open = tracked.status === 'active' || tracked.status === 'proposed' || tracked.status === 'broken'
  const next = open ? tracked.instalments.find((instalment) => instalment.state !== 'paid') : undefined
  const late = open ? tracked.instalments.filter((instalment) => instalment.state === 'late') : []
  return {
    id: stored.id,
    clientId: stored.clientId,
    clientCode: stored.clientCode,
    clientName: stored.clientName,
    status: tracked.status,
    proposedOn: stored.proposedOn,
    acceptedOn: stored.acceptedOn,
    penalties: stored.penalties,
    coveredCents: stored.coveredCents,
    paidCents: tracked.paidCents,
    remainingCents: tracked.remainingCents,
    instalmentCount: stored.instalments.filter((row) => row.sequence > 0).length,
    nextDueDate: next?.date ?? null,
    nextAmountCents: next ? next.amountCents - next.paidCents : null,
    lateCount: late.length,
    lateCents: late.reduce((sum, instalment) => sum + instalment.amountCents - instalment.paidCents, 0),
    brokenOn: tracked.status === 'broken' ? tracked.brokenOn : null,
  }
}
