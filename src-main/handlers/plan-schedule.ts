import type { z } from 'zod'
import type { PlanInvoiceView, PlanScheduleView, planTerms } from '../../src-shared/contract/plans'
import { daysBetween, formatFrenchDate, type IsoDate } from '../../src-shared/dates'
import { DomainError, fieldError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { penaltyTermsOrRefuse, statementOf } from '../data/queries/client-statement'
import { clientFieldsOf } from '../data/queries/clients'
import { disputedInvoiceIds } from '../data/queries/payment-plans'
import { lateInvoicesOf } from '../data/queries/penalty-cases'
import { planCoversOf } from '../data/queries/plan-covers'
import { planSettingsOf } from '../data/queries/plan-settings'
import { rateTableOf } from '../data/queries/rates'
import { buildSchedule } from '../domain/plans'
import { HOLDING_STATUSES, plansOnDate } from '../data/queries/plans-on-date'

export type PlanTerms = z.output<typeof planTerms>

interface CoveredInvoice extends PlanInvoiceView {
  interestCents: number
  indemnityCents: number
}

/**
 * The invoices a plan covers on its date, each with its balance and the penalties the
 * engine computes on it then. By default every overdue invoice of the client that is not
 * in dispute nor held by another plan (proposed, or active and kept); invoices chosen by
 * hand must be overdue invoices of this client.
 */
function coveredInvoices(ctx: Ctx, clientId: number, asOf: IsoDate, chosen: readonly number[] | undefined, renegotiated?: number): CoveredInvoice[] {
  const terms = penaltyTermsOrRefuse(ctx.db, clientId)
  const rates = rateTableOf(ctx.db)
  // The plan renegotiated ends on this plan's date: its suspension and its choice are judged so.
  const plans = planCoversOf(ctx.db, clientId, asOf, renegotiated)
  const overdue = lateInvoicesOf(ctx.db, clientId, asOf).flatMap((late) => {
    const statement = statementOf(late, terms, rates, asOf, plans.get(late.invoiceId))
    if (!statement || statement.unpaidCents === 0) return []
    return [{
      invoiceId: late.invoiceId,
      number: late.number,
      dueDate: late.dueDate,
      balanceCents: statement.unpaidCents,
      daysLate: daysBetween(late.dueDate, asOf),
      interestCents: statement.interestCents,
      indemnityCents: statement.indemnityCents,
    }]
  })
  if (chosen) {
    const byId = new Map(overdue.map((invoice) => [invoice.invoiceId, invoice]))
    return chosen.map((id) => {
      const invoice = byId.get(id)
      if (!invoice) throw fieldError('VALIDATION', 'invoiceIds', `Une des factures choisies n'est pas une facture en retard de ce client au ${formatFrenchDate(asOf)}.`)
      return invoice
    })
  }
  const disputed = disputedInvoiceIds(ctx.db, clientId, asOf)
  const held = heldInvoiceIds(ctx, clientId, asOf, renegotiated)
  return overdue.filter((invoice) => !disputed.has(invoice.invoiceId) && !held.has(invoice.invoiceId))
}

/** Invoices of the client held by a plan on the day (proposed, or active and kept), except the one renegotiated. */
export function heldInvoiceIds(ctx: Ctx, clientId: number, asOf: IsoDate, except?: number): Map<number, number> {
  const held = new Map<number, number>()
  for (const plan of plansOnDate(ctx.db, asOf, { clientId, statuses: HOLDING_STATUSES })) {
    if (plan.stored.id === except || !HOLDING_STATUSES.includes(plan.tracked.status)) continue
    for (const invoiceId of plan.stored.invoiceIds) held.set(invoiceId, plan.stored.id)
  }
  return held
}

/** The schedule the terms give on the plan's date, with what it covers and its warnings; refused when nothing is overdue. */
export function planSchedule(ctx: Ctx, terms: PlanTerms, renegotiated?: number): PlanScheduleView {
  const asOf = terms.asOf ?? ctx.today()
  const client = clientFieldsOf(ctx.db, terms.clientId)
  if (!client) throw fieldError('NOT_FOUND', 'clientId', "Ce client n'existe pas (ou plus).")
  const invoices = coveredInvoices(ctx, terms.clientId, asOf, terms.invoiceIds, renegotiated)
  if (invoices.length === 0) {
    throw new DomainError('VALIDATION', `${client.name} n'a aucune facture en retard au ${formatFrenchDate(asOf)} (hors litiges et échéanciers en cours) : rien à échelonner.`)
  }
  const sum = (pick: (invoice: CoveredInvoice) => number) => invoices.reduce((total, invoice) => total + pick(invoice), 0)
  const principalCents = sum((invoice) => invoice.balanceCents)
  const interestCents = sum((invoice) => invoice.interestCents)
  const indemnityCents = sum((invoice) => invoice.indemnityCents)
  const coveredCents = principalCents + (terms.penalties === 'include' ? interestCents + indemnityCents : 0)
  const schedule = buildSchedule({ ...terms, coveredCents, asOf, floorCents: planSettingsOf(ctx.db).floorCents })
  return {
    clientId: terms.clientId,
    clientCode: client.code,
    clientName: client.name,
    asOf,
    invoices: invoices.map(({ interestCents: _i, indemnityCents: _x, ...invoice }) => invoice),
    principalCents,
    interestCents,
    indemnityCents,
    penalties: terms.penalties,
    coveredCents,
    frozenClaimCents: terms.penalties === 'freeze' ? interestCents + indemnityCents : 0,
    downPaymentCents: terms.downPaymentCents,
    frequency: terms.frequency,
    rows: schedule.rows,
    months: schedule.months,
    warnings: schedule.warnings,
  }
}
