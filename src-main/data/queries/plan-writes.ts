import { eq } from 'drizzle-orm'
import type { ScheduleRow } from '../../../src-shared/contract/plans'
import type { IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { instalments, paymentPlans, planInvoices } from '../schema'
import type { StoredPlan } from './payment-plans'

/** A plan to record: what plans.preview computed, with its invoices and schedule rows. */
export type NewPlan = Pick<
  StoredPlan,
  | 'clientId'
  | 'proposedOn'
  | 'penalties'
  | 'coveredCents'
  | 'principalCents'
  | 'interestCents'
  | 'indemnityCents'
  | 'frozenClaimCents'
  | 'downPaymentCents'
  | 'frequency'
  | 'dayOfMonth'
  | 'replacesPlanId'
  | 'note'
  | 'invoiceIds'
> & { rows: readonly ScheduleRow[] }

/** Writes a proposed plan, its invoices and its schedule; returns its id. */
export function insertPlan(db: Db, plan: NewPlan, at: string): number {
  const { invoiceIds, rows, coveredCents, ...columns } = plan
  const { id } = db
    .insert(paymentPlans)
    .values({ ...columns, totalCents: coveredCents, status: 'proposed', createdAt: at, updatedAt: at })
    .returning({ id: paymentPlans.id })
    .get()
  db.insert(planInvoices).values(invoiceIds.map((invoiceId) => ({ planId: id, invoiceId }))).run()
  db.insert(instalments)
    .values(rows.map((row) => ({ planId: id, sequence: row.sequence, dueDate: row.date, amountCents: row.amountCents, edited: row.edited })))
    .run()
  return id
}

export type PlanChange =
  | { status: 'active'; acceptedOn: IsoDate }
  // A plan already broken when it is cancelled or renegotiated keeps its breach date: interest ran again from it.
  | { status: 'cancelled'; cancelledOn: IsoDate; cancelReason: string; brokenOn: IsoDate | null }
  | { status: 'replaced'; cancelledOn: IsoDate; brokenOn: IsoDate | null }
  | { status: 'broken'; brokenOn: IsoDate }
  | { status: 'completed'; completedOn: IsoDate }

/** Records a decision on a plan, or its breach or completion once written down. */
export function changePlan(db: Db, planId: number, change: PlanChange, at: string): void {
  db.update(paymentPlans).set({ ...change, updatedAt: at }).where(eq(paymentPlans.id, planId)).run()
}
