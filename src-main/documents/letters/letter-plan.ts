import type { PlanDetail } from '../../../src-shared/contract/plans'
import type { IsoDate } from '../../../src-shared/dates'
import { planOfInstalment } from '../../data/queries/letter-plan'
import { planSettingsOf } from '../../data/queries/plan-settings'
import type { Db } from '../../data/open-dossier'
import { plansOnDate } from '../../data/queries/plans-on-date'
import { instalmentViews } from '../../handlers/plan-tracking'
import type { LetterInstalment, LetterPlan } from './letter-data'

/** Which plan a letter concerns: one named, the plan of a reminder's instalment, or the client's current one. */
export type PlanRef = { planId: number } | { instalmentId: number } | { clientId: number }

/** What a letter needs of a plan: its terms and its instalments as the plan's screens show them. */
export type PlanToPrint = Pick<
  PlanDetail,
  'proposedOn' | 'acceptedOn' | 'penalties' | 'principalCents' | 'interestCents' | 'indemnityCents' | 'coveredCents' | 'frozenClaimCents' | 'downPaymentCents' | 'instalments'
>

/**
 * A plan as letters print it. The instalment concerned is the one a reminder action
 * names; without one (a letter written by hand), the earliest instalment late on the
 * plan's date of judgement, else the next one to pay.
 */
export function letterPlanOf(plan: PlanToPrint, delays: { graceDays: number; breakDays: number }, instalmentId: number | null): LetterPlan {
  const row = (instalment: PlanToPrint['instalments'][number]): LetterInstalment => ({
    sequence: instalment.sequence,
    dueDate: instalment.date,
    amountCents: instalment.amountCents,
    remainingCents: instalment.remainingCents,
  })
  const concerned =
    instalmentId === null
      ? (plan.instalments.find((instalment) => instalment.daysLate > 0 && instalment.state !== 'paid') ??
        plan.instalments.find((instalment) => instalment.state !== 'paid'))
      : plan.instalments.find((instalment) => instalment.id === instalmentId)
  return {
    proposedOn: plan.proposedOn,
    acceptedOn: plan.acceptedOn,
    penalties: plan.penalties,
    principalCents: plan.principalCents,
    interestCents: plan.interestCents,
    indemnityCents: plan.indemnityCents,
    coveredCents: plan.coveredCents,
    frozenClaimCents: plan.frozenClaimCents,
    downPaymentCents: plan.downPaymentCents,
    instalments: plan.instalments.map(row),
    graceDays: delays.graceDays,
    breakDays: delays.breakDays,
    concerned: concerned ? { ...row(concerned), amountDueCents: concerned.amountCents - concerned.paidCents } : null,
  }
}

/**
 * The plan a letter prints, judged on `asOf` by the same tracking as the plans' screens
 * (so a letter and the screen never disagree), and the invoices it covers; null when there
 * is none. A client's current plan is the newest one proposed or accepted.
 */
export function letterPlanFor(db: Db, ref: PlanRef, asOf: IsoDate): { plan: LetterPlan; invoiceIds: number[] } | null {
  const filter =
    'planId' in ref
      ? { planId: ref.planId }
      : 'instalmentId' in ref
        ? { planId: planOfInstalment(db, ref.instalmentId) ?? 0 }
        : { clientId: ref.clientId, statuses: ['proposed', 'active'] as const }
  const settings = planSettingsOf(db)
  const [found] = plansOnDate(db, asOf, filter, settings)
  if (!found) return null
  return {
    plan: letterPlanOf({ ...found.stored, instalments: instalmentViews(found) }, settings, 'instalmentId' in ref ? ref.instalmentId : null),
    invoiceIds: found.stored.invoiceIds,
  }
}
