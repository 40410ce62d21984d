import { and, eq, isNull } from 'drizzle-orm'
import type { DisputeReason, disputesChannels } from '../../src-shared/contract/disputes'
import { DomainError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { disputes, invoices } from '../data/schema'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

/** French wording of the reasons, as they appear in the client's timeline. */
const REASON_LABELS: Record<DisputeReason, string> = {
  prix: 'contestation de prix',
  livraison: 'livraison',
  qualite: 'qualité',
  doublon: 'facture en double',
  autre: 'autre motif',
}

function invoiceOf(ctx: Ctx, invoiceId: number) {
  const invoice = ctx.db.select().from(invoices).where(eq(invoices.id, invoiceId)).get()
  if (!invoice) throw new DomainError('NOT_FOUND', "Cette facture n'existe pas (ou plus).")
  return invoice
}

function openDisputeOf(ctx: Ctx, invoiceId: number) {
  return ctx.db
    .select()
    .from(disputes)
    .where(and(eq(disputes.invoiceId, invoiceId), isNull(disputes.closedOn)))
    .get()
}

export const disputeHandlers = {
  'disputes.open': mutation((ctx, input) => {
    const invoice = invoiceOf(ctx, input.invoiceId)
    if (openDisputeOf(ctx, input.invoiceId)) {
      throw new DomainError('CONFLICT', `La facture ${invoice.number} est déjà en litige.`)
    }
    const { id } = ctx.db
      .insert(disputes)
      .values({ invoiceId: input.invoiceId, reason: input.reason, note: input.note ?? null, openedOn: ctx.today() })
      .returning({ id: disputes.id })
      .get()
    const note = input.note ? ` : ${input.note}` : ''
    ctx.timeline({
      clientId: invoice.clientId,
      invoiceId: invoice.id,
      kind: 'dispute_opened',
      body: `Facture ${invoice.number} mise en litige (${REASON_LABELS[input.reason]})${note}.`,
    })
    return { id }
  }),

  'disputes.close': mutation((ctx, input) => {
    const invoice = invoiceOf(ctx, input.invoiceId)
    const dispute = openDisputeOf(ctx, input.invoiceId)
    if (!dispute) throw new DomainError('CONFLICT', `La facture ${invoice.number} n'est pas en litige.`)
    ctx.db
      .update(disputes)
      .set({ closedOn: ctx.today(), closingNote: input.note ?? null, updatedAt: ctx.now() })
      .where(eq(disputes.id, dispute.id))
      .run()
    const note = input.note ? ` : ${input.note}` : ''
    ctx.timeline({
      clientId: invoice.clientId,
      invoiceId: invoice.id,
      kind: 'dispute_closed',
      body: `Litige levé sur la facture ${invoice.number}${note}.`,
    })
    return { id: dispute.id }
  }),
} satisfies HandlersOf<typeof disputesChannels>
