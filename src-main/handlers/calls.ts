import { eq } from 'drizzle-orm'
import type { CallOutcome, callsChannels } from '../../src-shared/contract/calls'
import { daysBetween } from '../../src-shared/dates'
import { DomainError, fieldError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { dunningSettingsOf } from '../data/queries/dunning-settings'
import { completeReminderAction, reminderActionWithInvoices } from '../data/queries/reminder-actions'
import { templateByCode } from '../data/queries/templates'
import { clients, contacts } from '../data/schema'
import { composeLetter } from '../documents/letters/compose-letter'
import { letterText } from '../documents/letters/letter-text'
import { openDispute } from './disputes'
import { penaltiesToDate } from './dunning-plan-view'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'
import { createPromise } from './promises'

/**
 * What to say, from the « script-appel » template filled for this client and these
 * invoices; a field the dossier lacks is named rather than read out as « {{…}} ».
 */
function callScript(ctx: Ctx, clientId: number, invoiceIds: number[]): string | null {
  const template = templateByCode(ctx.db, 'script-appel')
  if (!template) return null
  const composition = composeLetter(ctx.db, { clientId, template, asOf: ctx.today(), invoiceIds })
  if (!composition.ok) return `Script d’appel incomplet : ${composition.problems.map((problem) => problem.message).join(' ')}`
  return letterText(composition.composed.letter, composition.composed.data)
}

function callOf(ctx: Ctx, actionId: number) {
  const action = reminderActionWithInvoices(ctx.db, actionId)
  if (!action) throw fieldError('NOT_FOUND', 'actionId', "Cette relance n'existe pas (ou plus).")
  if (action.channel !== 'phone') throw fieldError('VALIDATION', 'actionId', "Cette relance n'est pas un appel.")
  return action
}

/** Only the invoices the call was about can be promised or disputed in it. */
function ofTheCall(invoiceIds: readonly number[], action: { invoices: Array<{ invoiceId: number }> }, field: string): void {
  const covered = new Set(action.invoices.map((invoice) => invoice.invoiceId))
  if (invoiceIds.some((id) => !covered.has(id))) throw fieldError('VALIDATION', field, 'Choisissez parmi les factures de cet appel.')
}

const OUTCOME_TEXT: Record<CallOutcome, (detail: string) => string> = {
  no_answer: (retry) => `pas de réponse, nouvel essai proposé dans ${retry} jours`,
  promise: () => 'promesse de règlement obtenue',
  dispute: () => 'le client conteste',
  paid: (note) => `le client dit avoir déjà réglé : ${note} (vérifier les règlements avant toute relance)`,
  note: (note) => note,
}

export const callHandlers = {
  'calls.sheet': (ctx, input) => {
    const action = callOf(ctx, input.actionId)
    const client = ctx.db.select().from(clients).where(eq(clients.id, action.clientId)).get()!
    const people = ctx.db.select().from(contacts).where(eq(contacts.clientId, action.clientId)).orderBy(contacts.id).all()
    const today = ctx.today()
    const open = action.invoices.filter((invoice) => invoice.balanceCents > 0)
    return {
      actionId: action.id,
      clientId: client.id,
      clientCode: client.code,
      clientName: client.name,
      phone: client.phone,
      contacts: people
        .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary))
        .map((person) => ({ name: person.name, role: person.role, phone: person.phone, email: person.email })),
      stepLabel: action.stepLabel ?? '',
      plannedOn: action.plannedOn,
      script: callScript(ctx, client.id, open.map((invoice) => invoice.invoiceId)),
      invoices: open.map((invoice) => ({ ...invoice, daysLate: daysBetween(invoice.dueDate, today) })),
      amountDueCents: open.reduce((sum, invoice) => sum + invoice.balanceCents, 0),
      penaltiesCents: penaltiesToDate(ctx, [{ clientId: client.id, invoices: open }], today)[0] ?? 0,
      retryDays: dunningSettingsOf(ctx.db).retryDays,
      outcome: action.status === 'done' ? (action.outcome as CallOutcome | null) : null,
    }
  },

  'calls.record': mutation((ctx, input) => {
    const action = callOf(ctx, input.actionId)
    const today = ctx.today()
    if (!completeReminderAction(ctx.db, action.id, today, input.outcome, input.note ?? null, ctx.now())) {
      throw new DomainError('CONFLICT', "L'issue de cet appel est déjà enregistrée.")
    }
    if (input.promise) {
      ofTheCall(input.promise.invoiceIds, action, 'promise.invoiceIds')
      createPromise(ctx, { clientId: action.clientId, ...input.promise })
    }
    if (input.dispute) {
      ofTheCall(input.dispute.invoiceIds, action, 'dispute.invoiceIds')
      for (const invoiceId of input.dispute.invoiceIds) openDispute(ctx, invoiceId, input.dispute.reason, input.note)
    }
    const detail = input.outcome === 'no_answer' ? String(dunningSettingsOf(ctx.db).retryDays) : (input.note ?? '')
    const note = input.note && input.outcome !== 'note' && input.outcome !== 'paid' ? ` ; ${input.note}` : ''
    ctx.timeline({
      clientId: action.clientId,
      kind: 'call',
      body: `Appel (${action.stepLabel ?? 'relance'}) : ${OUTCOME_TEXT[input.outcome](detail)}${note}.`,
    })
    return { actionId: action.id, outcome: input.outcome }
  }),
} satisfies HandlersOf<typeof callsChannels>
