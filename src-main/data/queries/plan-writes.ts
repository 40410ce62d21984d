import { eq, inArray } from 'drizzle-orm'
import type { PenaltyChoice, PlanFrequency, PlanStatus, ScheduleRow } from '../../../src-shared/contract/plans'
import type { IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { instalments, paymentPlans, planInvoices } from '../schema'

export interface NewPlan {
  clientId: number
  proposedOn: IsoDate
  penalties: PenaltyChoice
  coveredCents: number
  principalCents: number
  interestCents: number
  indemnityCents: number
  frozenClaimCents: number
  downPaymentCents: number
  frequency: PlanFrequency
  dayOfMonth: number | null
  replacesPlanId: number | null
  note: string | null
  invoiceIds: readonly number[]
  rows: readonly ScheduleRow[]
}

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
  | { status: 'cancelled'; cancelledOn: IsoDate; cancelReason: string }
  | { status: 'replaced'; cancelledOn: IsoDate }
  | { status: 'broken'; brokenOn: IsoDate }
  | { status: 'completed'; completedOn: IsoDate }

/** Records a decision on a plan, or its breach or completion once written down. */
export function changePlan(db: Db, planId: number, change: PlanChange, at: string): void {
  db.update(paymentPlans).set({ ...change, updatedAt: at }).where(eq(paymentPlans.id, planId)).run()
}

/** Plans whose stored status is one of these, among the given ids. */
export function planIdsWithStatus(db: Db, planIds: readonly number[], statuses: readonly PlanStatus[]): number[] {
  if (planIds.length === 0) return []
  return db
    .select({ id: paymentPlans.id, status: paymentPlans.status })
    .from(paymentPlans)
    .where(inArray(paymentPlans.id, [...planIds]))
    .all()
    .filter((plan) => statuses.includes(plan.status))
    .map((plan) => plan.id)
}
