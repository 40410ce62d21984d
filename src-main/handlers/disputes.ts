import { and, eq, isNull } from 'drizzle-orm'
import type { DisputeReason, disputesChannels } from '../../src-shared/contract/disputes'
import { asSentence } from '../../src-shared/sentence'
import { DomainError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { disputes, invoices } from '../data/schema'
import type { HandlersOf } from './handler'
import { mutation, type MutationCtx } from './mutation'

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

/** Opens a dispute on an invoice, with its line in the client's timeline; inside the caller's mutation. */
export function openDispute(ctx: MutationCtx, invoiceId: number, reason: DisputeReason, note: string | undefined): { id: number } {
  const invoice = invoiceOf(ctx, invoiceId)
  if (openDisputeOf(ctx, invoiceId)) {
    throw new DomainError('CONFLICT', `La facture ${invoice.number} est déjà en litige.`)
  }
  const today = ctx.today()
  const { id } = ctx.db
    .insert(disputes)
    .values({ invoiceId, reason, note: note ?? null, openedOn: today })
    .returning({ id: disputes.id })
    .get()
  const suffix = note ? ` : ${note}` : ''
  ctx.timeline({
    clientId: invoice.clientId,
    invoiceId: invoice.id,
    kind: 'dispute_opened',
    body: asSentence(`Facture ${invoice.number} mise en litige (${REASON_LABELS[reason]})${suffix}`),
  })
  return { id }
}

export const disputeHandlers = {
  'disputes.open': mutation((ctx, input) => openDispute(ctx, input.invoiceId, input.reason, input.note)),

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
      body: asSentence(`Litige levé sur la facture ${invoice.number}${note}`),
    })
    return { id: dispute.id }
  }),
} satisfies HandlersOf<typeof disputesChannels>
