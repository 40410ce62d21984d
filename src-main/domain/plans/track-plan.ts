import type { InstalmentState, PlanStatus } from '../../../src-shared/contract/plans'
import { addDays, daysBetween, type IsoDate } from '../../../src-shared/dates'

export interface TrackedInstalmentInput {
  id: number
  sequence: number
  date: IsoDate
  amountCents: number
}

export interface PlanToTrack {
  /** As stored: the user's decision, or completed / broken once written down. */
  status: PlanStatus
  proposedOn: IsoDate
  /** Recorded dates of a plan already written down as broken or completed. */
  brokenOn: IsoDate | null
  completedOn: IsoDate | null
  coveredCents: number
  /** Down payment first (sequence 0), then by sequence. */
  instalments: readonly TrackedInstalmentInput[]
}

export interface PlanDelays {
  /** Days after an instalment's date before the missed-instalment reminder. */
  graceDays: number
  /** Further days before an instalment still not paid in full breaks the plan. */
  breakDays: number
}

export interface TrackedInstalment extends TrackedInstalmentInput {
  paidCents: number
  /** The day the payments covered it in full; null while they do not. */
  paidOn: IsoDate | null
  state: InstalmentState
  daysLate: number
}

export interface TrackedPlan {
  /** Derived on the as-of date: an active plan is completed once all is paid, broken once an instalment stays unpaid too long. */
  status: PlanStatus
  instalments: TrackedInstalment[]
  paidCents: number
  /** What the plan still covers; due at once when it is broken. */
  remainingCents: number
  brokenOn: IsoDate | null
  completedOn: IsoDate | null
}

/** The last day an instalment may be paid in full before it breaks the plan: its date plus grace and break days. */
export function lastDayBeforeBreach(date: IsoDate, delays: PlanDelays): IsoDate {
  return addDays(date, delays.graceDays + delays.breakDays)
}

/**
 * A plan on the as-of date. The client's payments (dated from the proposal on, up to the
 * as-of date: later ones are not known yet) go to the instalments in order, down payment
 * first. An instalment is paid once covered in full, late once its date is past and it is
 * not, partial while partly covered before its date. An active plan is broken the day after
 * an instalment's last day (date + grace + break) when that instalment was still not paid in
 * full then; completed on the day its last cent was paid, when it was not broken before.
 */
export function trackPlan(plan: PlanToTrack, payments: ReadonlyArray<{ date: IsoDate; amountCents: number }>, asOf: IsoDate, delays: PlanDelays): TrackedPlan {
  const known = payments.filter((payment) => payment.date >= plan.proposedOn && payment.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const instalments: TrackedInstalment[] = []
  let paymentIndex = 0
  let leftInPayment = known[0]?.amountCents ?? 0
  let paidTotal = 0
  for (const instalment of plan.instalments) {
    let paidCents = 0
    let paidOn: IsoDate | null = null
    while (paidCents < instalment.amountCents && paymentIndex < known.length) {
      const take = Math.min(leftInPayment, instalment.amountCents - paidCents)
      paidCents += take
      leftInPayment -= take
      if (paidCents === instalment.amountCents) paidOn = known[paymentIndex]!.date
      if (leftInPayment === 0) {
        paymentIndex += 1
        leftInPayment = known[paymentIndex]?.amountCents ?? 0
      }
    }
    paidTotal += paidCents
    const past = instalment.date < asOf
    const state: InstalmentState = paidOn !== null ? 'paid' : past ? 'late' : paidCents > 0 ? 'partial' : 'upcoming'
    const daysLate = paidOn !== null ? Math.max(0, daysBetween(instalment.date, paidOn)) : past ? daysBetween(instalment.date, asOf) : 0
    instalments.push({ ...instalment, paidCents, paidOn, state, daysLate })
  }

  let status = plan.status
  let brokenOn = plan.brokenOn
  let completedOn = plan.completedOn
  if (plan.status === 'active') {
    for (const instalment of instalments) {
      const lastDay = lastDayBeforeBreach(instalment.date, delays)
      if (lastDay < asOf && (instalment.paidOn === null || instalment.paidOn > lastDay)) {
        const breach = addDays(lastDay, 1)
        if (brokenOn === null || breach < brokenOn) brokenOn = breach
      }
    }
    const allPaid = instalments.every((instalment) => instalment.paidOn !== null)
    if (brokenOn !== null) status = 'broken'
    else if (allPaid) {
      status = 'completed'
      completedOn = instalments.reduce<IsoDate>((last, i) => (i.paidOn! > last ? i.paidOn! : last), plan.proposedOn)
    }
  }
  return { status, instalments, paidCents: paidTotal, remainingCents: Math.max(0, plan.coveredCents - paidTotal), brokenOn, completedOn }
}
