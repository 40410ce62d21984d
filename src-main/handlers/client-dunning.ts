import { eq, inArray } from 'drizzle-orm'
import type { clientDunningChannels } from '../../src-shared/contract/scenarios'
import { formatFrenchDate } from '../../src-shared/dates'
import { fieldError } from '../../src-shared/result'
import { clientDunningView, upsertClientDunning } from '../data/queries/client-dunning'
import { clients, dunningExclusions, invoices, scenarios } from '../data/schema'
import type { HandlersOf } from './handler'
import { mutation, type MutationCtx } from './mutation'

function note(ctx: MutationCtx, clientId: number, body: string, invoiceId?: number): void {
  ctx.timeline({ clientId, kind: 'reminder', body, ...(invoiceId ? { invoiceId } : {}) })
}

export const clientDunningHandlers = {
  'dunning.client': (ctx, input) => {
    const view = clientDunningView(ctx.db, input.clientId)
    if (!view) throw fieldError('NOT_FOUND', 'clientId', "Ce client n'existe pas (ou plus).")
    return view
  },

  'dunning.setClients': mutation((ctx, input) => {
    const today = ctx.today()
    const found = ctx.db.select({ id: clients.id }).from(clients).where(inArray(clients.id, input.clientIds)).all()
    if (found.length !== new Set(input.clientIds).size) throw fieldError('NOT_FOUND', 'clientIds', "Un des clients choisis n'existe pas (ou plus).")
    let scenarioName: string | null = null
    if (input.scenarioId != null) {
      const scenario = ctx.db.select().from(scenarios).where(eq(scenarios.id, input.scenarioId)).get()
      if (!scenario || scenario.archivedAt !== null) throw fieldError('VALIDATION', 'scenarioId', 'Choisissez un scénario existant et non archivé.')
      scenarioName = scenario.name
    }
    if (input.stop?.until !== undefined && input.stop.until < today) throw fieldError('VALIDATION', 'stop.until', 'La fin du blocage ne peut être passée.')
    const reachedOn = input.reachedOn ?? today
    if (reachedOn > today) throw fieldError('VALIDATION', 'reachedOn', 'La dernière relance ne peut être dans le futur.')
    for (const clientId of input.clientIds) {
      if (input.scenarioId !== undefined) {
        ctx.db.update(clients).set({ scenarioId: input.scenarioId, updatedAt: ctx.now() }).where(eq(clients.id, clientId)).run()
        note(ctx, clientId, scenarioName ? `Scénario de relance : « ${scenarioName} ».` : 'Scénario de relance : celui du segment ou du dossier.')
      }
      if (input.stop !== undefined) {
        const stop = input.stop
        upsertClientDunning(ctx.db, clientId, stop ? { stoppedOn: today, stopReason: stop.reason, stopUntil: stop.until ?? null } : { stoppedOn: null, stopReason: null, stopUntil: null }, ctx.now())
        note(ctx, clientId, stop ? `Client bloqué en relance${stop.until ? ` jusqu'au ${formatFrenchDate(stop.until)}` : ''} : ${stop.reason}` : 'Blocage des relances levé.')
      }
      if (input.reachedLevel !== undefined) {
        upsertClientDunning(ctx.db, clientId, { reachedLevel: input.reachedLevel, reachedOn: input.reachedLevel === null ? null : reachedOn }, ctx.now())
        note(
          ctx,
          clientId,
          input.reachedLevel === null
            ? 'Niveau de relance saisi à la main effacé.'
            : `Niveau de relance déjà atteint (saisi à la main) : ${input.reachedLevel}, dernière relance le ${formatFrenchDate(reachedOn)}.`,
        )
      }
    }
    return { updated: input.clientIds.length }
  }),

  'dunning.excludeInvoice': mutation((ctx, input) => {
    const invoice = ctx.db.select({ clientId: invoices.clientId, number: invoices.number }).from(invoices).where(eq(invoices.id, input.invoiceId)).get()
    if (!invoice) throw fieldError('NOT_FOUND', 'invoiceId', "Cette facture n'existe pas (ou plus).")
    if (input.excluded) {
      ctx.db
        .insert(dunningExclusions)
        .values({ invoiceId: input.invoiceId, excludedOn: ctx.today(), reason: input.reason ?? null })
        .onConflictDoUpdate({ target: dunningExclusions.invoiceId, set: { reason: input.reason ?? null } })
        .run()
    } else {
      ctx.db.delete(dunningExclusions).where(eq(dunningExclusions.invoiceId, input.invoiceId)).run()
    }
    const what = input.excluded ? `exclue des relances${input.reason ? ` : ${input.reason}` : ''}` : 'de nouveau relancée'
    note(ctx, invoice.clientId, `Facture ${invoice.number} ${what}.`, input.invoiceId)
    return { invoiceId: input.invoiceId, excluded: input.excluded }
  }),
} satisfies HandlersOf<typeof clientDunningChannels>
