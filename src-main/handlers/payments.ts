import { eq, inArray } from 'drizzle-orm'
import type { AllocationLine, paymentsChannels } from '../../src-shared/contract/payments'
import { formatFrenchDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { DomainError, fieldError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { openInvoicesOf } from '../data/queries/invoices'
import { listPayments } from '../data/queries/payments'
import { allocations, clients, invoices, payments } from '../data/schema'
import { allocateOldestFirst, checkAllocation } from '../domain/allocation'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

function requireClient(ctx: Ctx, clientId: number): void {
  if (!ctx.db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).get()) {
    throw fieldError('NOT_FOUND', 'clientId', "Ce client n'existe pas (ou plus).")
  }
}

function invoiceNumbers(ctx: Ctx, ids: number[]): string[] {
  if (ids.length === 0) return []
  return ctx.db.select({ number: invoices.number }).from(invoices).where(inArray(invoices.id, ids)).all().map((row) => row.number)
}

export const paymentHandlers = {
  'payments.list': (ctx, input) => listPayments(ctx.db, input.clientId),

  'payments.proposeAllocation': (ctx, input) => {
    requireClient(ctx, input.clientId)
    const { allocations: lines, remainderCents } = allocateOldestFirst(openInvoicesOf(ctx.db, input.clientId), input.amountCents)
    return { allocations: lines, unallocatedCents: remainderCents }
  },

  'payments.record': mutation((ctx, input) => {
    requireClient(ctx, input.clientId)
    let lines: AllocationLine[]
    if (input.allocation === 'oldest') {
      lines = allocateOldestFirst(openInvoicesOf(ctx.db, input.clientId), input.amountCents).allocations
    } else if (input.allocation === 'none') {
      lines = []
    } else {
      checkAllocation(openInvoicesOf(ctx.db, input.clientId), input.amountCents, input.allocation)
      lines = input.allocation
    }
    const { id } = ctx.db
      .insert(payments)
      .values({
        clientId: input.clientId,
        date: input.date,
        amountCents: input.amountCents,
        method: input.method,
        reference: input.reference ?? null,
        note: input.note ?? null,
      })
      .returning({ id: payments.id })
      .get()
    for (const line of lines) ctx.db.insert(allocations).values({ ...line, paymentId: id }).run()
    const allocated = lines.reduce((sum, line) => sum + line.amountCents, 0)
    const unallocatedCents = input.amountCents - allocated
    const settled = invoiceNumbers(ctx, lines.map((line) => line.invoiceId))
    const parts = [`Règlement de ${formatEuros(input.amountCents)} reçu le ${formatFrenchDate(input.date)}`]
    if (settled.length > 0) parts.push(`affecté à ${settled.join(', ')}`)
    if (unallocatedCents > 0) parts.push(`${formatEuros(unallocatedCents)} laissés en crédit`)
    ctx.timeline({ clientId: input.clientId, kind: 'payment', occurredOn: input.date, body: `${parts.join(' ; ')}.` })
    return { id, allocations: lines, unallocatedCents }
  }),

  'payments.setDate': mutation((ctx, input) => {
    if (input.date > ctx.today()) throw fieldError('VALIDATION', 'date', 'La date du règlement ne peut pas être dans le futur.')
    const payment = ctx.db.select().from(payments).where(eq(payments.id, input.id)).get()
    if (!payment) throw new DomainError('NOT_FOUND', "Ce règlement n'existe pas (ou plus).")
    if (!payment.dateAssumed) {
      throw new DomainError('CONFLICT', 'Ce règlement a déjà sa date ; pour la changer, annulez-le et saisissez-le à nouveau.')
    }
    ctx.db
      .update(payments)
      .set({ date: input.date, dateAssumed: false, method: input.method ?? payment.method, updatedAt: ctx.now() })
      .where(eq(payments.id, input.id))
      .run()
    ctx.timeline({
      clientId: payment.clientId,
      kind: 'payment',
      occurredOn: input.date,
      body: `Règlement de ${formatEuros(payment.amountCents)} antérieur à l’import : reçu le ${formatFrenchDate(input.date)}.`,
    })
    const row = listPayments(ctx.db, payment.clientId).find((candidate) => candidate.id === input.id)
    if (!row) throw new DomainError('NOT_FOUND', "Ce règlement n'existe pas (ou plus).")
    return row
  }),

  'payments.undo': mutation((ctx, input) => {
    const payment = ctx.db.select().from(payments).where(eq(payments.id, input.id)).get()
    if (!payment) throw new DomainError('NOT_FOUND', "Ce règlement n'existe pas (ou a déjà été annulé).")
    const reopened = ctx.db
      .select({ invoiceId: allocations.invoiceId })
      .from(allocations)
      .where(eq(allocations.paymentId, input.id))
      .all()
      .map((row) => row.invoiceId)
    ctx.db.delete(payments).where(eq(payments.id, input.id)).run()
    ctx.timeline({
      clientId: payment.clientId,
      kind: 'payment_undone',
      body: `Règlement de ${formatEuros(payment.amountCents)} du ${formatFrenchDate(payment.date)} annulé.`,
    })
    return { reopenedInvoiceIds: reopened }
  }),
} satisfies HandlersOf<typeof paymentsChannels>
