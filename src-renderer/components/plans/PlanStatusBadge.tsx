import { INSTALMENT_STATE_LABELS, PLAN_STATUS_LABELS, type InstalmentState, type PlanStatus } from '../../../src-shared/contract/plans'

/** A plan's status as a coloured badge: proposé, actif, soldé, rompu, annulé, renégocié. */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return <span className={`plan-status plan-status-${status}`}>{PLAN_STATUS_LABELS[status]}</span>
}

/** An instalment's state: à venir, payé, partiellement payé, en retard. */
export function InstalmentStateBadge({ state }: { state: InstalmentState }) {
  return <span className={`instalment-state instalment-${state}`}>{INSTALMENT_STATE_LABELS[state]}</span>
}
