import { eq } from 'drizzle-orm'
import { REMINDER_CHANNEL_LABELS, type dunningChannels } from '../../src-shared/contract/dunning'
import { formatFrenchDate, type IsoDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { DomainError, fieldError } from '../../src-shared/result'
import { dunningSettingsOf, saveDunningSettings } from '../data/queries/dunning-settings'
import { insertReminderAction, reminderActionsByIds, reminderJournal, validatedReminderQueue } from '../data/queries/reminder-actions'
import { clientDunning, clients, promises } from '../data/schema'
import { recordedPositions, reminderDedupKey, type DunningPlan, type DunningProposal } from '../domain/dunning'
import { exportJournal } from '../export/journal-export'
import { dunningPlanView, planOfDay, stepsOf } from './dunning-plan-view'
import type { HandlersOf } from './handler'
import { recordPlanOutcomes } from './plan-reminders-of-day'
import { mutation, type MutationCtx } from './mutation'

function proposalFor(plan: DunningPlan, clientId: number, dedupKey: string | undefined): DunningProposal {
  const proposal = plan.proposals.find((p) => p.clientId === clientId)
  if (!proposal) {
    throw new DomainError('CONFLICT', "Plus aucune relance n'est proposée pour ce client ce jour-là (déjà validée, ou données changées) : rechargez la liste.")
  }
  if (dedupKey !== undefined && dedupKey !== proposal.dedupKey) {
    throw new DomainError('CONFLICT', `La proposition pour ${proposal.clientName} a changé depuis son affichage (règlement, litige, facture…) : rechargez la liste.`)
  }
  return proposal
}

/** Kept and broken promises of the day are written down with the day's reminders, each in its client's timeline. */
function recordSettledPromises(ctx: MutationCtx, plan: DunningPlan): void {
  for (const { id, outcome } of plan.settledPromises) {
    const promise = ctx.db.update(promises).set({ status: outcome, updatedAt: ctx.now() }).where(eq(promises.id, id)).returning().get()
    if (!promise) continue
    const what = outcome === 'kept' ? 'tenue' : 'non tenue : le client revient dans les relances'
    ctx.timeline({
      clientId: promise.clientId,
      kind: 'promise',
      occurredOn: plan.asOf,
      body: `Promesse de règlement de ${formatEuros(promise.amountCents)} pour le ${formatFrenchDate(promise.promisedDate)} ${what}.`,
    })
  }
}

export const dunningHandlers = {
  'dunning.plan': (ctx, input) => dunningPlanView(ctx, input.asOf ?? ctx.today()),

  'dunning.validate': mutation((ctx, input) => {
    const asOf = input.asOf ?? ctx.today()
    const { state, plan } = planOfDay(ctx, asOf)
    const items = input.items ?? plan.proposals.map((p) => ({ clientId: p.clientId, dedupKey: p.dedupKey, stepPosition: undefined }))
    const ids: number[] = []
    for (const item of items) {
      const proposal = proposalFor(plan, item.clientId, item.dedupKey)
      const position = item.stepPosition ?? proposal.step.position
      const step = stepsOf(state, proposal).get(position)
      if (!step || !proposal.stepChoices.includes(position)) {
        throw fieldError('VALIDATION', 'stepPosition', `Cette étape ne peut être choisie pour ${proposal.clientName} : une étape obligatoire la précède, ou les factures ne l'ont pas atteinte.`)
      }
      const positions = recordedPositions(proposal, position)
      const invoiceIds = proposal.invoices.map((i) => i.invoiceId)
      const id = insertReminderAction(ctx.db, {
        clientId: proposal.clientId,
        stepId: step.id,
        channel: step.channel,
        status: 'validated',
        plannedOn: asOf,
        dedupKey:
          position === proposal.step.position
            ? proposal.dedupKey
            : reminderDedupKey(proposal.clientId, step.id, invoiceIds, 1 + (proposal.unansweredCalls[position] ?? 0)),
        stepPosition: position,
        level: step.level,
        templateCode: step.templateCode,
        stepLabel: step.label,
        amountDueCents: proposal.amountDueCents,
        invoices: proposal.invoices.map((invoice, index) => ({
          invoiceId: invoice.invoiceId,
          balanceCents: invoice.balanceCents,
          stepPosition: positions[index]!.stepPosition,
        })),
      })
      if (id === null) throw new DomainError('CONFLICT', `Cette relance de ${proposal.clientName} est déjà enregistrée : rien n'est envoyé deux fois.`)
      ids.push(id)
      ctx.timeline({
        clientId: proposal.clientId,
        kind: 'reminder',
        occurredOn: asOf,
        body:
          `Relance validée : ${step.label} (${REMINDER_CHANNEL_LABELS[step.channel]}), ` +
          `factures ${proposal.invoices.map((i) => i.number).join(', ')}, ${formatEuros(proposal.amountDueCents)}.`,
      })
    }
    recordSettledPromises(ctx, plan)
    recordPlanOutcomes(ctx, asOf)
    return { asOf, recorded: reminderActionsByIds(ctx.db, ids) }
  }),

  'dunning.skip': mutation((ctx, input) => {
    const asOf = input.asOf ?? ctx.today()
    const { state, plan } = planOfDay(ctx, asOf)
    const proposal = proposalFor(plan, input.clientId, input.dedupKey)
    const step = stepsOf(state, proposal).get(proposal.step.position)!
    const id = insertReminderAction(ctx.db, {
      clientId: proposal.clientId,
      stepId: step.id,
      channel: step.channel,
      status: 'skipped',
      plannedOn: asOf,
      dedupKey: proposal.dedupKey,
      stepPosition: step.position,
      level: step.level,
      templateCode: step.templateCode,
      stepLabel: step.label,
      amountDueCents: proposal.amountDueCents,
      note: input.reason,
      invoices: proposal.invoices.map((i) => ({ invoiceId: i.invoiceId, balanceCents: i.balanceCents, stepPosition: i.stepPosition })),
    })
    if (id === null) throw new DomainError('CONFLICT', 'Cette étape est déjà enregistrée pour ce client.')
    ctx.timeline({ clientId: proposal.clientId, kind: 'reminder', occurredOn: asOf, body: `Étape « ${step.label} » passée : ${input.reason}` })
    return { id }
  }),

  'dunning.postpone': mutation((ctx, input) => {
    const today = ctx.today()
    if (input.until <= today) throw fieldError('VALIDATION', 'until', 'La date de report doit être postérieure à aujourd’hui.')
    const client = ctx.db.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).get()
    if (!client) throw fieldError('NOT_FOUND', 'clientId', "Ce client n'existe pas (ou plus).")
    ctx.db
      .insert(clientDunning)
      .values({ clientId: input.clientId, postponedUntil: input.until })
      .onConflictDoUpdate({ target: clientDunning.clientId, set: { postponedUntil: input.until, updatedAt: ctx.now() } })
      .run()
    ctx.timeline({ clientId: input.clientId, kind: 'reminder', body: `Relance reportée au ${formatFrenchDate(input.until)}.` })
    return { clientId: input.clientId, until: input.until as IsoDate }
  }),

  'dunning.queue': (ctx) => validatedReminderQueue(ctx.db),

  'dunning.journal': (ctx, input) => reminderJournal(ctx.db, input, input.offset, input.limit),

  'dunning.journalExport': (ctx, input) => {
    const { rows } = reminderJournal(ctx.db, input, 0, Number.MAX_SAFE_INTEGER)
    return exportJournal(rows, input.format, ctx.today())
  },

  'dunning.settings': (ctx) => dunningSettingsOf(ctx.db),

  'dunning.saveSettings': mutation((ctx, input) => {
    saveDunningSettings(ctx.db, input, ctx.now())
    return dunningSettingsOf(ctx.db)
  }),
} satisfies HandlersOf<typeof dunningChannels>
