import { z } from 'zod'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'
import type { ExportedFile } from './exported-file'
import { entityId, isoDate, optionalText, positiveCents, requiredText } from './fields'

/**
 * Payment plans (échéanciers). Stored statuses are the user's decisions: proposed,
 * active (accepted on a date), cancelled, replaced (renegotiated). Completed (soldé) and
 * broken (rompu) are derived on the as-of date from the instalments and the client's
 * payments, so every screen, the reminders and the penalties judge a plan the same way
 * on the same day; they are written down (with the client's timeline) when reminders are
 * validated, as kept and broken promises are.
 */
export const PLAN_STATUSES = ['proposed', 'active', 'completed', 'broken', 'cancelled', 'replaced'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  proposed: 'proposé',
  active: 'actif',
  completed: 'soldé',
  broken: 'rompu',
  cancelled: 'annulé',
  replaced: 'renégocié',
}

/**
 * What the plan does with the penalties accrued on the plan's date and the 40 € indemnities:
 * included in the amount the plan covers; waived (not claimed while the plan is kept);
 * frozen (kept as a claim apart, not accruing while the plan is kept). Whatever the
 * choice, interest does not run on the covered invoices while the plan is kept, and runs
 * again from the breach date when it is broken.
 */
export const PENALTY_CHOICES = ['include', 'waive', 'freeze'] as const
export type PenaltyChoice = (typeof PENALTY_CHOICES)[number]

export const PENALTY_CHOICE_LABELS: Record<PenaltyChoice, string> = {
  include: 'incluses dans l’échéancier',
  waive: 'abandonnées si l’échéancier est respecté',
  freeze: 'gelées pendant l’échéancier',
}

/** Weekly, every two weeks, monthly on a day of the month, or dates chosen one by one. */
export const PLAN_FREQUENCIES = ['week', '2weeks', 'month', 'free'] as const
export type PlanFrequency = (typeof PLAN_FREQUENCIES)[number]

export const PLAN_FREQUENCY_LABELS: Record<PlanFrequency, string> = {
  week: 'chaque semaine',
  '2weeks': 'toutes les deux semaines',
  month: 'chaque mois',
  free: 'dates libres',
}

/** An instalment on the as-of date: à venir, payé, partiellement payé, en retard. */
export const INSTALMENT_STATES = ['upcoming', 'paid', 'partial', 'late'] as const
export type InstalmentState = (typeof INSTALMENT_STATES)[number]

export const INSTALMENT_STATE_LABELS: Record<InstalmentState, string> = {
  upcoming: 'à venir',
  paid: 'payé',
  partial: 'partiellement payé',
  late: 'en retard',
}

/** What the editor warns about without refusing (refusals are errors naming a field). */
export const PLAN_WARNING_CODES = ['longer_than_24_months', 'below_floor', 'dates_out_of_order', 'date_in_past'] as const
export type PlanWarningCode = (typeof PLAN_WARNING_CODES)[number]

export interface PlanWarning {
  code: PlanWarningCode
  /** The instalment concerned (1, 2…; 0 for the down payment), when there is one. */
  sequence: number | null
  message: string
}

/** One row of a schedule: the down payment is sequence 0, instalments 1, 2… */
export interface ScheduleRow {
  sequence: number
  date: IsoDate
  amountCents: number
  /** What the plan still covers once this row is paid. */
  remainingCents: number
  /** The user set this row's date or amount by hand; rows after an edited amount rebalance. */
  edited: boolean
}

export interface PlanInvoiceView {
  invoiceId: number
  number: string
  dueDate: IsoDate
  /** Still owed on the invoice on the plan's date. */
  balanceCents: number
  daysLate: number
}

/** A schedule as the editor, the CLI and the agreement show it: the numbers always add up. */
export interface PlanScheduleView {
  clientId: number
  clientCode: string
  clientName: string
  /** The plan's date: penalties are computed on it. */
  asOf: IsoDate
  invoices: PlanInvoiceView[]
  principalCents: number
  /** Late-payment interest accrued on the covered invoices on `asOf`. */
  interestCents: number
  indemnityCents: number
  penalties: PenaltyChoice
  /** principal + (interest + indemnities when included): what the rows add up to, down payment included. */
  coveredCents: number
  /** interest + indemnities kept apart when frozen; 0 otherwise. */
  frozenClaimCents: number
  downPaymentCents: number
  frequency: PlanFrequency
  /** Down payment first (sequence 0) when there is one. */
  rows: ScheduleRow[]
  /** Last date minus first, in whole months (for the 24-month warning). */
  months: number
  warnings: PlanWarning[]
}

/** A row the user changed in the editor; `amountCents` fixed rebalances the rows after it. */
export const scheduleEdit = z.object({
  sequence: z.number().int().min(1).max(600),
  date: isoDate("La date de l'échéance").optional(),
  amountCents: positiveCents("Le montant de l'échéance").optional(),
})

/** Everything a plan is made of; the editor sends it on each change and gets the schedule back. */
export const planTerms = z.object({
  clientId: entityId,
  /** Absent: every overdue invoice of the client on `asOf` (none under another plan or in dispute). */
  invoiceIds: z.array(entityId).min(1, { error: 'Choisissez au moins une facture.' }).max(10_000).optional(),
  penalties: z.enum(PENALTY_CHOICES, { error: 'Choisissez : pénalités incluses, abandonnées ou gelées.' }).default('freeze'),
  downPaymentCents: z.number().int().min(0, { error: "L'acompte ne peut être négatif." }).default(0),
  /** Absent: the plan's date. */
  downPaymentDate: isoDate("La date de l'acompte").optional(),
  /** Exactly one of the two: a number of instalments, or an instalment amount (the count follows). */
  instalmentCount: z
    .number({ error: "Le nombre d'échéances doit être un nombre." })
    .int({ error: "Le nombre d'échéances doit être un nombre entier." })
    .min(1, { error: 'Au moins une échéance.' })
    .max(600, { error: 'Au plus 600 échéances.' })
    .optional(),
  instalmentCents: positiveCents("Le montant de l'échéance").optional(),
  frequency: z.enum(PLAN_FREQUENCIES, { error: 'Choisissez une périodicité.' }).default('month'),
  firstDate: isoDate('La date de la première échéance'),
  /** Monthly only: the day of the month (1–31; absent: the first date's); the 31st falls on the month's last day. */
  dayOfMonth: z.number().int().min(1).max(31).optional(),
  /** Free dates only: one date per instalment, first date included. */
  dates: z.array(isoDate("La date de l'échéance")).max(600).optional(),
  edits: z.array(scheduleEdit).max(600).default([]),
  /** The plan's date; absent: today. */
  asOf: isoDate("La date de l'échéancier").optional(),
})

export interface InstalmentView extends ScheduleRow {
  id: number
  state: InstalmentState
  paidCents: number
  /** When the cumulative payments covered it; null while not paid in full. */
  paidOn: IsoDate | null
  daysLate: number
}

/** One line of the Échéanciers page. */
export interface PlanRow {
  id: number
  clientId: number
  clientCode: string
  clientName: string
  status: PlanStatus
  proposedOn: IsoDate
  acceptedOn: IsoDate | null
  penalties: PenaltyChoice
  coveredCents: number
  paidCents: number
  remainingCents: number
  instalmentCount: number
  nextDueDate: IsoDate | null
  nextAmountCents: number | null
  lateCount: number
  lateCents: number
  /** Derived breach date when broken. */
  brokenOn: IsoDate | null
}

export interface PlanEvent {
  on: IsoDate
  text: string
}

/** A plan with its schedule, payments applied, and history (what replaced it, what it replaced). */
export interface PlanDetail extends PlanRow {
  asOf: IsoDate
  frequency: PlanFrequency
  invoices: PlanInvoiceView[]
  principalCents: number
  interestCents: number
  indemnityCents: number
  frozenClaimCents: number
  downPaymentCents: number
  instalments: InstalmentView[]
  note: string | null
  cancelReason: string | null
  replacesPlanId: number | null
  replacedByPlanId: number | null
  /** Proposed, accepted, each payment applied, reminders, breach or completion: oldest first. */
  events: PlanEvent[]
}

/** Plan reminders of the day, shown in Relances du jour as their own steps. */
export const INSTALMENT_REMINDER_KINDS = ['before', 'missed'] as const
export type InstalmentReminderKind = (typeof INSTALMENT_REMINDER_KINDS)[number]

export interface InstalmentReminderView {
  planId: number
  instalmentId: number
  sequence: number
  clientId: number
  clientCode: string
  clientName: string
  kind: InstalmentReminderKind
  dueDate: IsoDate
  /** What is still owed on the instalment. */
  amountDueCents: number
  channel: 'email' | 'letter' | 'phone'
  templateCode: string
  dedupKey: string
}

/** A plan found broken on the day and not yet written down: the user is told. */
export interface BrokenPlanNotice {
  planId: number
  clientId: number
  clientName: string
  brokenOn: IsoDate
  /** What becomes due at once. */
  remainingCents: number
}

export interface PlanSettingsValues {
  /** An instalment below this is warned about (0: no floor). */
  floorCents: number
  /** Days after an instalment's date before the missed-instalment reminder. */
  graceDays: number
  /** Further days after the grace period before an unpaid instalment breaks the plan. */
  breakDays: number
  /** Days before each instalment for the courtesy reminder (0: none). */
  reminderBeforeDays: number
  reminderBeforeChannel: 'email' | 'letter' | 'phone'
}

export const PLAN_LIST_FORMATS = ['csv', 'xlsx'] as const

export const planFilters = {
  status: z.enum(PLAN_STATUSES).optional(),
  clientId: entityId.optional(),
  search: optionalText('La recherche', 100),
  lateOnly: z.boolean().optional(),
}

const days = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} doit être un nombre de jours.` })
    .int({ error: `${label} doit être un nombre entier de jours.` })
    .min(min, { error: `${label} doit être d'au moins ${min} jour${min > 1 ? 's' : ''}.` })
    .max(max, { error: `${label} ne peut dépasser ${max} jours.` })

const planId = z.object({ planId: entityId })
const asOf = isoDate('La date').optional()

export const plansChannels = {
  /** The schedule the terms give, with warnings; writes nothing. Refused when the client owes nothing overdue. */
  'plans.preview': defineChannel<PlanScheduleView>()(planTerms),
  /** Records the plan as proposed (reminders go on until it is accepted); `replacesPlanId` renegotiates an active one. */
  'plans.create': defineChannel<{ id: number }>()(
    planTerms.extend({ note: optionalText('La note', 2000), replacesPlanId: entityId.optional() }),
  ),
  /** Proposed → active on the date the client agreed; a plan it renegotiates becomes replaced. */
  'plans.accept': defineChannel<PlanDetail>()(planId.extend({ acceptedOn: isoDate("La date d'acceptation") })),
  'plans.cancel': defineChannel<PlanDetail>()(planId.extend({ reason: requiredText("Le motif d'annulation", 500) })),
  'plans.list': defineChannel<{ asOf: IsoDate; rows: PlanRow[] }>()(z.object({ ...planFilters, asOf })),
  'plans.get': defineChannel<PlanDetail>()(planId.extend({ asOf })),
  'plans.export': defineChannel<ExportedFile>()(
    z.object({ ...planFilters, asOf, format: z.enum(PLAN_LIST_FORMATS, { error: 'Choisissez CSV ou Excel.' }) }),
  ),
  /** Plan reminders of the day and plans found broken (Relances du jour). */
  'plans.reminders': defineChannel<{ asOf: IsoDate; reminders: InstalmentReminderView[]; broken: BrokenPlanNotice[] }>()(
    z.object({ asOf }),
  ),
  /** Validates plan reminders of the day (each once: its dedup key is unique); they join the queue of letters and e-mails. */
  'plans.validateReminders': defineChannel<{ recorded: number[] }>()(
    z.object({ asOf, items: z.array(z.object({ instalmentId: entityId, kind: z.enum(INSTALMENT_REMINDER_KINDS), dedupKey: z.string().min(1) })).max(10_000) }),
  ),
  /** What active plans should bring in, week by week, over the next eight weeks (dashboard). */
  'plans.inflows': defineChannel<Array<{ weekStart: IsoDate; amountCents: number; instalments: number }>>()(z.object({ asOf })),
  'plans.settings': defineChannel<PlanSettingsValues>()(z.object({})),
  'plans.saveSettings': defineChannel<PlanSettingsValues>()(
    z.object({
      floorCents: z.number().int().min(0).max(9e12),
      graceDays: days('Le délai de grâce', 0, 90),
      breakDays: days('Le délai avant rupture', 1, 180),
      reminderBeforeDays: days("Le rappel avant l'échéance", 0, 30),
      reminderBeforeChannel: z.enum(['email', 'letter', 'phone']),
    }),
  ),
}

/** Apart from the plans' channels: the documents of a plan are made by the letters' engine. */
export const planDocumentsChannels = {
  /** The payment-plan agreement (protocole d'échéancier) as a PDF: schedule, what it covers, consequences, signatures. */
  'plans.agreementPdf': defineChannel<ExportedFile>()(planId),
}
