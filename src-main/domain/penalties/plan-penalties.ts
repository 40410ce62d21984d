import type { PenaltyChoice } from '../../../src-shared/contract/plans'
import { addDays, formatFrenchDate, type IsoDate } from '../../../src-shared/dates'
import { computePenaltiesWithExtraCuts, type PenaltyInput, type PenaltyStatement } from './compute-penalties'

/** A payment plan that covered the invoice, as the penalties see it on the as-of date. */
export interface PlanCover {
  /** The plan's date, by which the statement names it. */
  proposedOn: IsoDate
  acceptedOn: IsoDate
  /** The day interest runs again: the breach, the cancellation or the replacement; null while the plan is kept. */
  resumesOn: IsoDate | null
  /** What was broken, cancelled or renegotiated, for the statement's note. */
  ended: 'broken' | 'cancelled' | 'replaced' | null
  choice: PenaltyChoice
}

export interface PlanPenaltyStatement extends PenaltyStatement {
  /** What the statement must say about the plan (« pénalités gelées pendant l'échéancier du … »). */
  planNotes: string[]
}

/**
 * The penalties of an invoice a payment plan covered. Interest does not accrue from the day
 * the plan was accepted while it is kept, and runs again from the day it was broken,
 * cancelled or replaced; the periods are the engine's own, cut on those dates, so every
 * printed line is still base × rate × days. What had accrued by the acceptance, and the
 * 40 € indemnity, follow the plan's choice: included (the plan's total carries them, so the
 * invoice no longer claims them), frozen (kept as a claim), or waived (not claimed while
 * the plan is kept, nor after a breach: only interest from the breach is).
 * `plans` are the plans that covered it, oldest acceptance first; the last decides.
 */
export function penaltiesUnderPlans(input: PenaltyInput, plans: readonly PlanCover[]): PlanPenaltyStatement {
  if (plans.length === 0) return { ...computePenaltiesWithExtraCuts(input, []), planNotes: [] }
  const windows = plans.map((plan) => ({ from: addDays(plan.acceptedOn, 1), to: plan.resumesOn === null ? input.asOf : addDays(plan.resumesOn, -1) }))
  const cuts = windows.flatMap((window) => [addDays(window.from, -1), window.to]).filter((cut) => cut < input.asOf)
  const statement = computePenaltiesWithExtraCuts(input, cuts)
  const running = statement.periods.filter((period) => !windows.some((window) => period.from >= window.from && period.to <= window.to))

  const latest = plans[plans.length - 1]!
  const beforePlan = running.filter((period) => period.to <= latest.acceptedOn)
  const afterPlan = running.filter((period) => period.to > latest.acceptedOn)
  const kept = latest.resumesOn === null
  // Kept: included or waived penalties are not claimed on the invoice; frozen ones are.
  // Ended: the claim comes back, except what was waived.
  const claimsBefore = kept ? latest.choice === 'freeze' : latest.choice !== 'waive'
  const periods = claimsBefore ? [...beforePlan, ...afterPlan] : afterPlan
  const interestCents = periods.reduce((sum, period) => sum + period.amountCents, 0)
  const indemnityCents = claimsBefore ? statement.indemnityCents : 0
  return {
    ...statement,
    periods,
    interestCents,
    indemnityCents,
    totalCents: interestCents + indemnityCents,
    planNotes: [planNote(latest)],
  }
}

function planNote(plan: PlanCover): string {
  const name = `l’échéancier du ${formatFrenchDate(plan.proposedOn)}`
  if (plan.resumesOn === null) {
    switch (plan.choice) {
      case 'include':
        return `Pénalités au ${formatFrenchDate(plan.acceptedOn)} incluses dans ${name} : plus d’intérêts tant qu’il est respecté.`
      case 'freeze':
        return `Pénalités gelées pendant ${name} : intérêts arrêtés au ${formatFrenchDate(plan.acceptedOn)}.`
      case 'waive':
        return `Pénalités abandonnées pendant ${name} : rien n’est réclamé tant qu’il est respecté.`
    }
  }
  const what = plan.ended === 'cancelled' ? 'annulé' : plan.ended === 'replaced' ? 'renégocié' : 'rompu'
  const waived = plan.choice === 'waive' ? ' ; les pénalités antérieures restent abandonnées' : ''
  return (
    `${name[0]!.toUpperCase()}${name.slice(1)} ${what} le ${formatFrenchDate(plan.resumesOn)} : intérêts suspendus ` +
    `du ${formatFrenchDate(addDays(plan.acceptedOn, 1))} au ${formatFrenchDate(addDays(plan.resumesOn, -1))}, ils courent à nouveau depuis le ${formatFrenchDate(plan.resumesOn)}${waived}.`
  )
}
