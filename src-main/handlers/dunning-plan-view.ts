import type { DunningPlanView, ProposalView, StepView } from '../../src-shared/contract/dunning'
import { daysBetween, type IsoDate } from '../../src-shared/dates'
import type { Ctx } from '../context'
import { dunningSettingsOf, lastLedgerUpdate } from '../data/queries/dunning-settings'
import { dunningState } from '../data/queries/dunning-state'
import { lateInvoicesAmong, penaltyTermsOfClients } from '../data/queries/penalty-cases'
import { planCoversOf } from '../data/queries/plan-covers'
import { rateTableOf } from '../data/queries/rates'
import { formalNoticeDates, paidClaimsSince } from '../data/queries/reminder-actions'
import { planDunning, type DunningInput, type DunningPlan, type DunningProposal, type DunningStep } from '../domain/dunning'
import { penaltiesUnderPlans } from '../domain/penalties'

export function stepView(step: DunningStep): StepView {
  const { position, label, level, channel, templateCode, offsetDays, required, includePenalties } = step
  return { position, label, level, channel, templateCode, offsetDays, required, includePenalties }
}

/** The day's plan from the dossier as it stands, with the state it was computed from. */
export function planOfDay(ctx: Ctx, asOf: IsoDate): { state: DunningInput; plan: DunningPlan } {
  const state = dunningState(ctx.db, asOf, dunningSettingsOf(ctx.db))
  return { state, plan: planDunning(state) }
}

/** The steps of a proposal's scenario, by position. */
export function stepsOf(state: DunningInput, proposal: DunningProposal): Map<number, DunningStep> {
  const scenario = state.scenarios.find((s) => s.id === proposal.scenarioId)
  return new Map((scenario?.steps ?? []).map((step) => [step.position, step]))
}

/**
 * Penalties to date on the invoices of each group (a proposal, a call), from the penalty engine
 * with the client's terms; a consumer's interest runs from the formal notice once one was validated.
 */
export function penaltiesToDate(ctx: Ctx, proposals: ReadonlyArray<{ clientId: number; invoices: ReadonlyArray<{ invoiceId: number }> }>, asOf: IsoDate): number[] {
  const invoiceIds = proposals.flatMap((p) => p.invoices.map((i) => i.invoiceId))
  const late = new Map(lateInvoicesAmong(ctx.db, invoiceIds, asOf).map((invoice) => [invoice.invoiceId, invoice]))
  const terms = penaltyTermsOfClients(ctx.db, [...new Set(proposals.map((p) => p.clientId))])
  const notices = formalNoticeDates(ctx.db, invoiceIds)
  const rates = rateTableOf(ctx.db)
  // After a plan's breach its invoices are back here: interest suspended while it was kept stays so.
  const plans = planCoversOf(ctx.db, undefined, asOf)
  return proposals.map((proposal) => {
    const clientTerms = terms.get(proposal.clientId)
    if (!clientTerms?.ratePolicy) return 0
    let total = 0
    for (const { invoiceId } of proposal.invoices) {
      const invoice = late.get(invoiceId)
      if (!invoice) continue
      const noticeDate = notices.get(invoiceId)
      total += penaltiesUnderPlans(
        {
          ...invoice,
          debtor: clientTerms.debtor,
          ratePolicy: clientTerms.ratePolicy,
          rates,
          asOf,
          dayCount: clientTerms.dayCount,
          ...(noticeDate ? { noticeDate } : {}),
        },
        plans.get(invoiceId) ?? [],
      ).totalCents
    }
    return total
  })
}

/** The Relances page and `encaisse dunning plan`: proposals with penalties, skips with names, the stale-data warning. */
export function dunningPlanView(ctx: Ctx, asOf: IsoDate): DunningPlanView {
  const settings = dunningSettingsOf(ctx.db)
  const state = dunningState(ctx.db, asOf, settings)
  const plan = planDunning(state)
  const penalties = penaltiesToDate(ctx, plan.proposals, asOf)
  const proposals: ProposalView[] = plan.proposals.map((proposal, index) => {
    const steps = stepsOf(state, proposal)
    return {
      clientId: proposal.clientId,
      clientCode: proposal.clientCode,
      clientName: proposal.clientName,
      step: stepView(proposal.step),
      stepChoices: proposal.stepChoices.flatMap((position) => {
        const step = steps.get(position)
        return step ? [stepView(step)] : []
      }),
      invoices: proposal.invoices,
      amountDueCents: proposal.amountDueCents,
      penaltiesCents: penalties[index] ?? 0,
      lastContact: proposal.lastContact,
      attempt: proposal.attempt,
      dedupKey: proposal.dedupKey,
    }
  })
  const names = new Map(state.clients.map((client) => [client.id, client.name]))
  const lastUpdate = lastLedgerUpdate(ctx.db)
  const stale = lastUpdate === null || daysBetween(lastUpdate, ctx.today()) > settings.staleDays ? { lastUpdate, staleDays: settings.staleDays } : null
  return {
    asOf,
    stale,
    paidClaims: paidClaimsSince(ctx.db, lastUpdate),
    proposals,
    skipped: plan.skipped.map((skip) => ({ ...skip, clientName: names.get(skip.clientId) ?? '' })),
  }
}
