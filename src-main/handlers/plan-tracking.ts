import type { InstalmentView, PlanRow } from '../../src-shared/contract/plans'
import type { PlanOnDate } from '../data/queries/plans-on-date'

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
