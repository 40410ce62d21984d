import { z } from 'zod'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'
import { DISPUTE_REASONS } from './disputes'
import { entityId, optionalText } from './fields'
import { promiseFields } from './promises'

/** How a reminder call ended. */
export const CALL_OUTCOMES = ['no_answer', 'promise', 'dispute', 'paid', 'note'] as const
export type CallOutcome = (typeof CALL_OUTCOMES)[number]

/** Everything needed to make a reminder call: whom to ring, what to say, what is owed. */
export interface CallSheet {
  actionId: number
  clientId: number
  clientCode: string
  clientName: string
  phone: string | null
  contacts: Array<{ name: string; role: string | null; phone: string | null; email: string | null }>
  stepLabel: string
  plannedOn: IsoDate
  /** The call script (template `script-appel`) once the letters issue has seeded it; null until then. */
  script: string | null
  invoices: Array<{ invoiceId: number; number: string; dueDate: IsoDate; balanceCents: number; daysLate: number }>
  amountDueCents: number
  penaltiesCents: number
  /** Days before an unanswered call is proposed again. */
  retryDays: number
  /** Set once the outcome is recorded. */
  outcome: CallOutcome | null
}

export const callsChannels = {
  'calls.sheet': defineChannel<CallSheet>()(z.object({ actionId: entityId })),
  /** Records how a validated call went; each outcome lands in the client's timeline. */
  'calls.record': defineChannel<{ actionId: number; outcome: CallOutcome }>()(
    z
      .object({
        actionId: entityId,
        outcome: z.enum(CALL_OUTCOMES, { error: "Choisissez l'issue de l'appel." }),
        note: optionalText('La note', 2000),
        promise: promiseFields.optional(),
        dispute: z.object({ reason: z.enum(DISPUTE_REASONS, { error: 'Choisissez le motif du litige.' }), invoiceIds: z.array(entityId).min(1, { error: 'Choisissez au moins une facture contestée.' }) }).optional(),
      })
      .superRefine((call, issues) => {
        if (call.outcome === 'promise' && !call.promise) issues.addIssue({ code: 'custom', path: ['promise'], message: 'Indiquez le montant et la date promis.' })
        if (call.outcome === 'dispute' && !call.dispute) issues.addIssue({ code: 'custom', path: ['dispute'], message: 'Indiquez le motif et les factures contestées.' })
        if ((call.outcome === 'note' || call.outcome === 'paid') && !call.note) issues.addIssue({ code: 'custom', path: ['note'], message: "Notez ce que le client a dit." })
      }),
  ),
}
