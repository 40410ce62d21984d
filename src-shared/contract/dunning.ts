import { z } from 'zod'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'
import type { ExportedFile } from './exported-file'
import { entityId, isoDate, requiredText } from './fields'

export const REMINDER_CHANNELS = ['email', 'letter', 'registered_letter', 'phone'] as const
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number]

/** How the journal, the timeline and the screens name a channel. */
export const REMINDER_CHANNEL_LABELS: Record<ReminderChannel, string> = {
  email: 'e-mail',
  letter: 'courrier',
  registered_letter: 'lettre recommandée AR',
  phone: 'appel',
}

/** Why an invoice that reached a step is not in today's proposals. */
export const SKIP_REASONS = ['disputed', 'plan', 'promise', 'stopped', 'excluded', 'below_minimum', 'credit_covers', 'postponed'] as const
export type SkipReason = (typeof SKIP_REASONS)[number]

/** Agreed with the letters issue (#12): validated letters wait to be printed, e-mails to be sent, calls to be made. */
export const REMINDER_STATUSES = ['proposed', 'validated', 'printed', 'sent', 'done', 'skipped', 'cancelled'] as const
export type ReminderStatus = (typeof REMINDER_STATUSES)[number]

export interface StepView {
  position: number
  label: string
  level: number
  channel: ReminderChannel
  templateCode: string
  offsetDays: number
  required: boolean
  includePenalties: boolean
}

export interface ProposedInvoiceView {
  invoiceId: number
  number: string
  dueDate: IsoDate
  balanceCents: number
  daysLate: number
  stepPosition: number
}

/** One client's reminder proposed for the day. */
export interface ProposalView {
  clientId: number
  clientCode: string
  clientName: string
  step: StepView
  /** Steps the user may choose instead; never past a required step not yet sent. */
  stepChoices: StepView[]
  invoices: ProposedInvoiceView[]
  amountDueCents: number
  /** Late-payment interest and indemnities to date on the invoices covered (penalty engine). */
  penaltiesCents: number
  lastContact: IsoDate | null
  attempt: number
  /** Identity of the proposal: validating sends it back, so a proposal that changed meanwhile is refused. */
  dedupKey: string
}

export interface SkipView {
  clientId: number
  clientCode: string
  clientName: string
  invoiceId: number
  number: string
  reason: SkipReason
}

export interface DunningPlanView {
  asOf: IsoDate
  /** Set when payments were not brought up to date for longer than the dossier allows. */
  stale: { lastUpdate: IsoDate | null; staleDays: number } | null
  /** Clients who said on the phone they had paid, since payments were last brought up to date. */
  paidClaims: Array<{ clientId: number; clientName: string; on: IsoDate }>
  proposals: ProposalView[]
  skipped: SkipView[]
}

/** A recorded reminder action, as the queue and the journal show it. */
export interface ReminderActionView {
  id: number
  clientId: number
  clientCode: string
  clientName: string
  channel: ReminderChannel
  status: ReminderStatus
  plannedOn: IsoDate
  stepLabel: string
  level: number
  templateCode: string
  amountDueCents: number
  invoiceNumbers: string[]
  note: string | null
  outcome: string | null
}

export interface DunningSettingsValues {
  minGapDays: number
  promiseGraceDays: number
  retryDays: number
  /** Days after which the queue warns that payments were not brought up to date. */
  staleDays: number
}

const days = (label: string, min: number) =>
  z
    .number({ error: `${label} doit être un nombre de jours.` })
    .int({ error: `${label} doit être un nombre entier de jours.` })
    .min(min, { error: `${label} doit être d'au moins ${min} jour${min > 1 ? 's' : ''}.` })
    .max(365, { error: `${label} ne peut dépasser 365 jours.` })

const asOf = isoDate('La date des relances').optional()

/** The journal's filters: a period, a channel, a status, a level, a client. */
export const journalFilters = {
  from: isoDate('Le début de la période').optional(),
  to: isoDate('La fin de la période').optional(),
  channel: z.enum(REMINDER_CHANNELS).optional(),
  status: z.enum(REMINDER_STATUSES).optional(),
  level: z.number().int().min(0).max(20).optional(),
  clientId: entityId.optional(),
}

export const JOURNAL_FORMATS = ['csv', 'xlsx'] as const

export const dunningChannels = {
  /** Today's proposals and skips; writes nothing. */
  'dunning.plan': defineChannel<DunningPlanView>()(z.object({ asOf })),
  /**
   * Validates proposals of the day: all of them, or the clients listed (each with the key the
   * screen showed, refused if the proposal changed meanwhile, and optionally another step).
   */
  'dunning.validate': defineChannel<{ asOf: IsoDate; recorded: ReminderActionView[] }>()(
    z.object({
      asOf,
      items: z
        .array(z.object({ clientId: entityId, dedupKey: z.string().min(1).optional(), stepPosition: z.number().int().positive().optional() }))
        .max(100_000)
        .optional(),
    }),
  ),
  /** Passes over a client's proposed step, with the reason shown in its file. */
  'dunning.skip': defineChannel<{ id: number }>()(
    z.object({ asOf, clientId: entityId, dedupKey: z.string().min(1), reason: requiredText('Le motif', 500) }),
  ),
  /** Nothing is proposed to the client before `until`. */
  'dunning.postpone': defineChannel<{ clientId: number; until: IsoDate }>()(
    z.object({ clientId: entityId, until: isoDate('La date de report') }),
  ),
  /** Validated actions waiting: letters to print, e-mails to send, calls to make. */
  'dunning.queue': defineChannel<ReminderActionView[]>()(z.object({})),
  /** Every recorded reminder, newest first, a page at a time. */
  'dunning.journal': defineChannel<{ rows: ReminderActionView[]; total: number }>()(
    z.object({ ...journalFilters, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) }),
  ),
  'dunning.journalExport': defineChannel<ExportedFile>()(
    z.object({ ...journalFilters, format: z.enum(JOURNAL_FORMATS, { error: 'Choisissez CSV ou Excel.' }) }),
  ),
  'dunning.settings': defineChannel<DunningSettingsValues>()(z.object({})),
  'dunning.saveSettings': defineChannel<DunningSettingsValues>()(
    z.object({
      minGapDays: days("L'écart minimal entre deux relances", 1),
      promiseGraceDays: days('Le délai de grâce des promesses', 0),
      retryDays: days("Le délai avant de rappeler", 1),
      staleDays: days("L'alerte de règlements non mis à jour", 1),
    }),
  ),
}
