import { REMINDER_CHANNEL_LABELS } from '../../src-shared/contract/dunning'
import type { PlanDetail, PlanStatus, plansChannels } from '../../src-shared/contract/plans'
import { addDays, daysBetween, formatFrenchDate, type IsoDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { DomainError, fieldError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { daysSinceMonday } from '../data/queries/cash-forecast'
import { invoiceBalances, planInvoicesOn } from '../data/queries/payment-plans'
import { changePlan, insertPlan } from '../data/queries/plan-writes'
import { planSettingsOf, savePlanSettings } from '../data/queries/plan-settings'
import { insertReminderAction } from '../data/queries/reminder-actions'
import { planInflows, planReminderLabel } from '../domain/plans'
import { exportPlans } from '../export/plans-export'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'
import { planEvents } from './plan-events'
import { planRemindersOfDay, recordPlanOutcomes } from './plan-reminders-of-day'
import { heldInvoiceIds, planSchedule } from './plan-schedule'
import { plansOnDate, type PlanOnDate } from '../data/queries/plans-on-date'
import { instalmentViews, planRow } from './plan-tracking'

const INFLOW_WEEKS = 8

function planOrRefuse(ctx: Ctx, planId: number, asOf: IsoDate): PlanOnDate {
  const plan = plansOnDate(ctx.db, asOf, { planId })[0]
  if (!plan) throw new DomainError('NOT_FOUND', "Cet échéancier n'existe pas (ou plus).")
  return plan
}

function planDetail(ctx: Ctx, planId: number, asOf: IsoDate): PlanDetail {
  const plan = planOrRefuse(ctx, planId, asOf)
  const { stored } = plan
  return {
    ...planRow(plan),
    asOf,
    frequency: stored.frequency,
    invoices: planInvoicesOn(ctx.db, stored.id, stored.proposedOn).map((invoice) => ({ ...invoice, daysLate: Math.max(0, daysBetween(invoice.dueDate, stored.proposedOn)) })),
    principalCents: stored.principalCents,
    interestCents: stored.interestCents,
    indemnityCents: stored.indemnityCents,
    frozenClaimCents: stored.frozenClaimCents,
    downPaymentCents: stored.downPaymentCents,
    instalments: instalmentViews(plan),
    note: stored.note,
    cancelReason: stored.cancelReason,
    replacesPlanId: stored.replacesPlanId,
    replacedByPlanId: stored.replacedByPlanId,
    events: planEvents(ctx.db, plan, asOf),
  }
}

/** Filtered as the Échéanciers page asks: the status is the one derived on the date. */
function listRows(ctx: Ctx, input: { status?: PlanStatus | undefined; clientId?: number | undefined; search?: string | undefined; lateOnly?: boolean | undefined }, asOf: IsoDate) {
  return plansOnDate(ctx.db, asOf, { clientId: input.clientId, search: input.search })
    .map(planRow)
    .filter((row) => (input.status === undefined || row.status === input.status) && (!input.lateOnly || row.lateCount > 0))
}

export const planHandlers = {
  'plans.preview': (ctx, input) => planSchedule(ctx, input),

  'plans.create': mutation((ctx, input) => {
    const { note, replacesPlanId, ...terms } = input
    if (replacesPlanId !== undefined) {
      const replaced = planOrRefuse(ctx, replacesPlanId, terms.asOf ?? ctx.today())
      if (replaced.stored.clientId !== terms.clientId) throw fieldError('VALIDATION', 'replacesPlanId', "L'échéancier renégocié n'est pas de ce client.")
      if (replaced.stored.status !== 'active' && replaced.stored.status !== 'broken') {
        throw fieldError('VALIDATION', 'replacesPlanId', 'Seul un échéancier accepté (actif ou rompu) peut être renégocié.')
      }
    }
    const view = planSchedule(ctx, terms, replacesPlanId)
    const held = heldInvoiceIds(ctx, terms.clientId, view.asOf, replacesPlanId)
    const taken = view.invoices.filter((invoice) => held.has(invoice.invoiceId))
    if (taken.length > 0) {
      throw fieldError('CONFLICT', 'invoiceIds', `Facture${taken.length > 1 ? 's' : ''} ${taken.map((i) => i.number).join(', ')} déjà dans un échéancier en cours : annulez sa proposition, ou renégociez-le s’il est accepté.`)
    }
    const id = insertPlan(ctx.db, {
      clientId: terms.clientId,
      proposedOn: view.asOf,
      penalties: view.penalties,
      coveredCents: view.coveredCents,
      principalCents: view.principalCents,
      interestCents: view.interestCents,
      indemnityCents: view.indemnityCents,
      frozenClaimCents: view.frozenClaimCents,
      downPaymentCents: view.downPaymentCents,
      frequency: view.frequency,
      dayOfMonth: terms.dayOfMonth ?? null,
      replacesPlanId: replacesPlanId ?? null,
      note: note ?? null,
      invoiceIds: view.invoices.map((invoice) => invoice.invoiceId),
      rows: view.rows,
    }, ctx.now())
    const count = view.rows.filter((row) => row.sequence > 0).length
    ctx.timeline({
      clientId: terms.clientId,
      kind: 'plan',
      occurredOn: view.asOf,
      body:
        `Échéancier proposé${replacesPlanId ? ' (renégociation)' : ''} : ${formatEuros(view.coveredCents)} en ${count} échéance${count > 1 ? 's' : ''}` +
        `${view.downPaymentCents > 0 ? ` après un acompte de ${formatEuros(view.downPaymentCents)}` : ''}, factures ${view.invoices.map((i) => i.number).join(', ')}.`,
    })
    return { id }
  }),

  'plans.accept': mutation((ctx, input) => {
    const plan = planOrRefuse(ctx, input.planId, input.acceptedOn)
    const { stored } = plan
    if (stored.status !== 'proposed') throw new DomainError('CONFLICT', 'Seul un échéancier proposé peut être accepté.')
    if (input.acceptedOn < stored.proposedOn) {
      throw fieldError('VALIDATION', 'acceptedOn', `La date d'acceptation ne peut précéder la proposition du ${formatFrenchDate(stored.proposedOn)}.`)
    }
    if (input.acceptedOn > ctx.today()) throw fieldError('VALIDATION', 'acceptedOn', "La date d'acceptation ne peut être future.")
    const held = heldInvoiceIds(ctx, stored.clientId, input.acceptedOn, stored.replacesPlanId ?? undefined)
    if (stored.invoiceIds.some((id) => held.has(id) && held.get(id) !== stored.id)) {
      throw new DomainError('CONFLICT', 'Une des factures de cet échéancier est déjà dans un autre échéancier en cours : annulez ou renégociez celui-ci.')
    }
    changePlan(ctx.db, stored.id, { status: 'active', acceptedOn: input.acceptedOn }, ctx.now())
    if (stored.replacesPlanId !== null) {
      const replaced = planOrRefuse(ctx, stored.replacesPlanId, input.acceptedOn)
      changePlan(ctx.db, stored.replacesPlanId, { status: 'replaced', cancelledOn: input.acceptedOn, brokenOn: replaced.tracked.brokenOn }, ctx.now())
    }
    ctx.timeline({
      clientId: stored.clientId,
      kind: 'plan',
      occurredOn: input.acceptedOn,
      body: `Échéancier du ${formatFrenchDate(stored.proposedOn)} accepté${stored.replacesPlanId !== null ? ' : il remplace l’échéancier renégocié' : ''} ; les relances de ses factures s’arrêtent tant qu’il est respecté.`,
    })
    return planDetail(ctx, stored.id, ctx.today())
  }),

  'plans.cancel': mutation((ctx, input) => {
    const today = ctx.today()
    const { stored, tracked } = planOrRefuse(ctx, input.planId, today)
    if (stored.status !== 'proposed' && stored.status !== 'active' && stored.status !== 'broken') {
      throw new DomainError('CONFLICT', 'Cet échéancier est déjà soldé, annulé ou renégocié.')
    }
    changePlan(ctx.db, stored.id, { status: 'cancelled', cancelledOn: today, cancelReason: input.reason, brokenOn: tracked.brokenOn }, ctx.now())
    ctx.timeline({ clientId: stored.clientId, kind: 'plan', body: `Échéancier du ${formatFrenchDate(stored.proposedOn)} annulé : ${input.reason}` })
    return planDetail(ctx, stored.id, today)
  }),

  'plans.list': (ctx, input) => {
    const asOf = input.asOf ?? ctx.today()
    return { asOf, rows: listRows(ctx, input, asOf) }
  },

  'plans.get': (ctx, input) => planDetail(ctx, input.planId, input.asOf ?? ctx.today()),

  'plans.export': (ctx, input) => {
    const asOf = input.asOf ?? ctx.today()
    return exportPlans(listRows(ctx, input, asOf), input.format, asOf)
  },

  'plans.reminders': (ctx, input) => {
    const asOf = input.asOf ?? ctx.today()
    const { reminders, broken } = planRemindersOfDay(ctx.db, asOf)
    return { asOf, reminders, broken }
  },

  'plans.validateReminders': mutation((ctx, input) => {
    const asOf = input.asOf ?? ctx.today()
    const day = planRemindersOfDay(ctx.db, asOf)
    const recorded: number[] = []
    for (const item of input.items) {
      const reminder = day.reminders.find((r) => r.instalmentId === item.instalmentId && r.kind === item.kind)
      if (!reminder || reminder.dedupKey !== item.dedupKey) {
        throw new DomainError('CONFLICT', 'Ce rappel d’échéance n’est plus proposé ce jour-là (déjà validé, ou règlement reçu) : rechargez la liste.')
      }
      const plan = day.plans.find((p) => p.stored.id === reminder.planId)!
      const balances = invoiceBalances(ctx.db, plan.stored.invoiceIds)
      const label = planReminderLabel(reminder.kind, reminder.sequence)
      const id = insertReminderAction(ctx.db, {
        clientId: reminder.clientId,
        stepId: null,
        channel: reminder.channel,
        status: 'validated',
        plannedOn: asOf,
        dedupKey: reminder.dedupKey,
        stepPosition: null,
        level: null,
        templateCode: reminder.templateCode,
        stepLabel: label,
        amountDueCents: reminder.amountDueCents,
        instalmentId: reminder.instalmentId,
        invoices: plan.stored.invoiceIds.map((invoiceId) => ({ invoiceId, balanceCents: balances.get(invoiceId) ?? 0, stepPosition: null })),
      })
      if (id === null) throw new DomainError('CONFLICT', `Ce rappel de ${reminder.clientName} est déjà enregistré : rien n'est envoyé deux fois.`)
      recorded.push(id)
      ctx.timeline({
        clientId: reminder.clientId,
        kind: 'reminder',
        occurredOn: asOf,
        body: `${label} validé (${REMINDER_CHANNEL_LABELS[reminder.channel]}) : ${formatEuros(reminder.amountDueCents)} au ${formatFrenchDate(reminder.dueDate)}.`,
      })
    }
    recordPlanOutcomes(ctx, asOf, day.plans)
    return { recorded }
  }),

  'plans.inflows': (ctx, input) => {
    const asOf = input.asOf ?? ctx.today()
    const monday = addDays(asOf, -daysSinceMonday(asOf))
    return planInflows(plansOnDate(ctx.db, asOf, { statuses: ['active'] }).map((plan) => plan.tracked), monday, INFLOW_WEEKS)
  },

  'plans.settings': (ctx) => planSettingsOf(ctx.db),

  'plans.saveSettings': mutation((ctx, input) => {
    savePlanSettings(ctx.db, input, ctx.now())
    return planSettingsOf(ctx.db)
  }),
} satisfies HandlersOf<typeof plansChannels>
