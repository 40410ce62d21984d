import { sql, type SQL } from 'drizzle-orm'
import type { PlanDetail, PlanFrequency, PlanStatus } from '../../../src-shared/contract/plans'
import type { IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { likeContains } from '../french-text'

/** A plan as stored, with its client, its instalments (down payment first) and its invoices. */
export interface StoredPlan
  extends Pick<PlanDetail, 'id' | 'clientId' | 'clientCode' | 'clientName' | 'proposedOn' | 'acceptedOn' | 'penalties' | 'coveredCents'>,
    Pick<PlanDetail, 'principalCents' | 'interestCents' | 'indemnityCents'> {
  /** As stored: the user's decision, or completed / broken once written down. */
  status: PlanStatus
  frozenClaimCents: number
  downPaymentCents: number
  frequency: PlanFrequency
  dayOfMonth: number | null
  replacesPlanId: number | null
  replacedByPlanId: number | null
  cancelReason: string | null
  cancelledOn: IsoDate | null
  brokenOn: IsoDate | null
  completedOn: IsoDate | null
  note: string | null
  invoiceIds: number[]
  instalments: Array<{ id: number; sequence: number; date: IsoDate; amountCents: number; edited: boolean }>
}

export interface StoredPlanFilter {
  planId?: number | undefined
  clientId?: number | undefined
  /** Stored statuses to keep (a derived one is judged by the caller). */
  statuses?: readonly PlanStatus[] | undefined
  search?: string | undefined
}

/** Plans matching the filter, newest first, each with its instalments and invoices (three queries whatever their number). */
export function storedPlans(db: Db, filter: StoredPlanFilter = {}): StoredPlan[] {
  const conditions: SQL[] = [sql`1`]
  if (filter.planId !== undefined) conditions.push(sql`p.id = ${filter.planId}`)
  if (filter.clientId !== undefined) conditions.push(sql`p.client_id = ${filter.clientId}`)
  if (filter.statuses) conditions.push(sql`p.status IN (SELECT value FROM json_each(${JSON.stringify(filter.statuses)}))`)
  if (filter.search) conditions.push(sql`c.search_key LIKE ${likeContains(filter.search)} ESCAPE '\\'`)
  const plans = db.all<Omit<StoredPlan, 'invoiceIds' | 'instalments'>>(sql`
    SELECT p.id, p.client_id AS clientId, c.code AS clientCode, c.name AS clientName, p.status, p.proposed_on AS proposedOn,
           p.accepted_on AS acceptedOn, p.penalties, p.total_cents AS coveredCents, p.principal_cents AS principalCents,
           p.interest_cents AS interestCents, p.indemnity_cents AS indemnityCents, p.frozen_claim_cents AS frozenClaimCents,
           p.down_payment_cents AS downPaymentCents, p.frequency, p.day_of_month AS dayOfMonth, p.replaces_plan_id AS replacesPlanId,
           r.id AS replacedByPlanId,
           p.cancel_reason AS cancelReason, p.cancelled_on AS cancelledOn, p.broken_on AS brokenOn, p.completed_on AS completedOn, p.note
    FROM payment_plans p JOIN clients c ON c.id = p.client_id
    -- The plan renegotiating this one, found in one pass (no index on replaces_plan_id: few plans are renegotiated).
    LEFT JOIN (SELECT replaces_plan_id AS old, max(id) AS id FROM payment_plans WHERE replaces_plan_id IS NOT NULL GROUP BY replaces_plan_id) r ON r.old = p.id
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY p.proposed_on DESC, p.id DESC`)
  if (plans.length === 0) return []
  const ids = JSON.stringify(plans.map((plan) => plan.id))
  const instalments = db.all<{ planId: number; id: number; sequence: number; date: string; amountCents: number; edited: number }>(sql`
    SELECT plan_id AS planId, id, sequence, due_date AS date, amount_cents AS amountCents, edited
    FROM instalments WHERE plan_id IN (SELECT value FROM json_each(${ids})) ORDER BY plan_id, sequence`)
  const invoices = db.all<{ planId: number; invoiceId: number }>(sql`
    SELECT plan_id AS planId, invoice_id AS invoiceId FROM plan_invoices WHERE plan_id IN (SELECT value FROM json_each(${ids})) ORDER BY invoice_id`)
  const byPlan = new Map<number, StoredPlan>(plans.map((plan) => [plan.id, { ...plan, invoiceIds: [], instalments: [] }]))
  for (const { planId, edited, ...instalment } of instalments) byPlan.get(planId)?.instalments.push({ ...instalment, edited: edited === 1 })
  for (const { planId, invoiceId } of invoices) byPlan.get(planId)?.invoiceIds.push(invoiceId)
  return [...byPlan.values()]
}

/** The payments of these clients as plans count them (imports' settlements of assumed date are not payments made), by client. */
export function planPaymentsOf(db: Db, clientIds: readonly number[]): Map<number, Array<{ date: IsoDate; amountCents: number }>> {
  const rows = db.all<{ clientId: number; date: string; amountCents: number }>(sql`
    SELECT client_id AS clientId, date, amount_cents AS amountCents FROM payments
    WHERE date_assumed = 0 AND client_id IN (SELECT value FROM json_each(${JSON.stringify([...new Set(clientIds)])}))
    ORDER BY client_id, date`)
  const byClient = new Map<number, Array<{ date: IsoDate; amountCents: number }>>()
  for (const { clientId, ...payment } of rows) {
    const list = byClient.get(clientId) ?? []
    list.push(payment)
    byClient.set(clientId, list)
  }
  return byClient
}

/** The invoices under dispute on `asOf` among a client's. */
export function disputedInvoiceIds(db: Db, clientId: number, asOf: IsoDate): Set<number> {
  return new Set(
    db
      .all<{ id: number }>(sql`
        SELECT d.invoice_id AS id FROM disputes d JOIN invoices i ON i.id = d.invoice_id
        WHERE i.client_id = ${clientId} AND d.opened_on <= ${asOf} AND (d.closed_on IS NULL OR d.closed_on > ${asOf})`)
      .map((row) => row.id),
  )
}

/** The plans' reminders already recorded, by dedup key (each plan reminder is made once). */
export function recordedPlanReminderKeys(db: Db): Set<string> {
  return new Set(db.all<{ key: string }>(sql`SELECT dedup_key AS key FROM reminder_actions WHERE dedup_key LIKE 'plan:%'`).map((row) => row.key))
}

/** The reminders recorded for a plan's instalments, oldest first. */
export function planReminderActions(db: Db, planId: number): Array<{ plannedOn: IsoDate; stepLabel: string; channel: string; status: string }> {
  return db.all(sql`
    SELECT a.planned_on AS plannedOn, coalesce(a.step_label, '') AS stepLabel, a.channel, a.status
    FROM reminder_actions a JOIN instalments i ON i.id = a.instalment_id
    WHERE i.plan_id = ${planId} ORDER BY a.planned_on, a.id`)
}

/** Each invoice's balance today (what the queue prints beside a reminder), by id. */
export function invoiceBalances(db: Db, invoiceIds: readonly number[]): Map<number, number> {
  const rows = db.all<{ id: number; balance: number }>(sql`
    SELECT id, max(0, amount_cents - settled_cents) AS balance FROM invoices WHERE id IN (SELECT value FROM json_each(${JSON.stringify(invoiceIds)}))`)
  return new Map(rows.map((row) => [row.id, row.balance]))
}

/** A plan's invoices with what was still owed on each on `on` (the plan's date), by due date. */
export function planInvoicesOn(db: Db, planId: number, on: IsoDate): Array<{ invoiceId: number; number: string; dueDate: IsoDate; balanceCents: number }> {
  return db.all(sql`
    SELECT i.id AS invoiceId, i.number, i.due_date AS dueDate,
      max(0, i.amount_cents - coalesce((SELECT sum(a.amount_cents) FROM allocations a
        LEFT JOIN payments p ON p.id = a.payment_id LEFT JOIN invoices c ON c.id = a.credit_note_id
        WHERE a.invoice_id = i.id AND coalesce(p.date, c.issue_date) <= ${on}), 0)) AS balanceCents
    FROM plan_invoices pi JOIN invoices i ON i.id = pi.invoice_id
    WHERE pi.plan_id = ${planId} ORDER BY i.due_date, i.number`)
}
