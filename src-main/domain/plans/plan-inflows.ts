import { addDays, daysBetween, type IsoDate } from '../../../src-shared/dates'
import type { TrackedPlan } from './track-plan'

export interface WeekInflow {
  weekStart: IsoDate
  amountCents: number
  instalments: number
}

/**
 * What active plans should bring in, over `weeks` calendar weeks from `monday` (the as-of
 * week's): each instalment's unpaid part in the week of its date. An instalment already
 * late on an active plan is still expected (the plan is not broken yet): in the first week.
 */
export function planInflows(plans: readonly TrackedPlan[], monday: IsoDate, weeks: number): WeekInflow[] {
  const inflows = Array.from({ length: weeks }, (_, week) => ({ weekStart: addDays(monday, 7 * week), amountCents: 0, instalments: 0 }))
  for (const plan of plans) {
    if (plan.status !== 'active') continue
    for (const instalment of plan.instalments) {
      const unpaid = instalment.amountCents - instalment.paidCents
      if (unpaid <= 0) continue
      const week = Math.max(0, Math.floor(daysBetween(monday, instalment.date) / 7))
      const slot = inflows[week]
      if (!slot) continue
      slot.amountCents += unpaid
      slot.instalments += 1
    }
  }
  return inflows
}
