import { and, eq, ne } from 'drizzle-orm'
import type { invoicesChannels } from '../../src-shared/contract/invoices'
import { formatEuros } from '../../src-shared/money'
import { DomainError, fieldError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { listInvoices, openInvoicesOf } from '../data/queries/invoices'
import { termsOfClient } from '../data/queries/terms'
import { allocations, clients, invoices } from '../data/schema'
import { allocateOldestFirst, checkAllocation } from '../domain/allocation'
import { dueDateFor } from '../domain/due-date'
import { invoiceSettlements } from '../data/queries/invoice-settlements'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

function refuseTakenNumber(ctx: Ctx, number: string, exceptId?: number): void {
  const same = exceptId === undefined ? eq(invoices.number, number) : and(eq(invoices.number, number), ne(invoices.id, exceptId))
  if (ctx.db.select({ id: invoices.id }).from(invoices).where(same).get()) {
    throw fieldError('CONFLICT', 'number', `Le numéro « ${number} » existe déjà dans ce dossier.`)
  }
}

export const invoiceHandlers = {
  'invoices.list': (ctx, input) => listInvoices(ctx.db, ctx.today(), input),

  'invoices.create': mutation((ctx, input) => {
    const client = ctx.db.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).get()
    if (!client) throw fieldError('NOT_FOUND', 'clientId', "Ce client n'existe pas (ou plus).")
    refuseTakenNumber(ctx, input.number)
    const dueDate = input.dueDate ?? dueDateFor(input.issueDate, termsOfClient(ctx.db, input.clientId))
    const { id } = ctx.db
      .insert(invoices)
      .values({
        clientId: input.clientId,
        number: input.number,
        kind: input.kind,
        issueDate: input.issueDate,
        dueDate,
        amountCents: input.amountCents,
        amountExclTaxCents: input.amountExclTaxCents ?? null,
        label: input.label ?? null,
      })
      .returning({ id: invoices.id })
      .get()
    return { id, dueDate }
  }),

  'invoices.get': (ctx, { id }) => {
    const row = ctx.db
      .select({ invoice: invoices, clientCode: clients.code, clientName: clients.name })
      .from(invoices)
      .innerJoin(clients, eq(clients.id, invoices.clientId))
      .where(eq(invoices.id, id))
      .get()
    if (!row) throw new DomainError('NOT_FOUND', "Cette facture n'existe pas (ou plus).")
    const { invoice } = row
    return {
      id: invoice.id,
      clientId: invoice.clientId,
      clientCode: row.clientCode,
      clientName: row.clientName,
      number: invoice.number,
      kind: invoice.kind,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amountCents: invoice.amountCents,
      amountExclTaxCents: invoice.amountExclTaxCents,
      label: invoice.label,
      settledCents: invoice.settledCents,
    }
  },

  'invoices.settlements': (ctx, { id }) => invoiceSettlements(ctx.db, id),

  'invoices.update': mutation((ctx, { id, fields }) => {
    const current = ctx.db.select().from(invoices).where(eq(invoices.id, id)).get()
    if (!current) throw new DomainError('NOT_FOUND', "Cette facture n'existe pas (ou plus).")
    if (fields.clientId !== current.clientId) {
      throw fieldError('VALIDATION', 'clientId', 'Une facture ne change pas de client : créez un avoir puis une nouvelle facture.')
    }
    refuseTakenNumber(ctx, fields.number, id)
    const settled = current.settledCents
    if (settled > 0 && fields.kind !== current.kind) {
      throw fieldError('VALIDATION', 'kind', 'Ce document est déjà lettré : il ne peut changer de nature.')
    }
    if (fields.amountCents < settled) {
      throw fieldError('VALIDATION', 'amountCents', `Le montant ne peut être inférieur à ce qui est déjà lettré (${formatEuros(settled)}).`)
    }
    const dueDate = fields.dueDate ?? dueDateFor(fields.issueDate, termsOfClient(ctx.db, current.clientId))
    ctx.db
      .update(invoices)
      .set({
        number: fields.number,
        kind: fields.kind,
        issueDate: fields.issueDate,
        dueDate,
        amountCents: fields.amountCents,
        amountExclTaxCents: fields.amountExclTaxCents ?? null,
        label: fields.label ?? null,
        updatedAt: ctx.now(),
      })
      .where(eq(invoices.id, id))
      .run()
    return { id, dueDate }
  }),

  'creditNotes.allocate': mutation((ctx, input) => {
    const note = ctx.db.select().from(invoices).where(eq(invoices.id, input.creditNoteId)).get()
    if (!note || note.kind !== 'credit_note') throw new DomainError('NOT_FOUND', "Cet avoir n'existe pas (ou plus).")
    const available = note.amountCents - note.settledCents
    if (available <= 0) throw new DomainError('CONFLICT', `L'avoir ${note.number} est déjà entièrement utilisé.`)
    const open = openInvoicesOf(ctx.db, note.clientId)
    let lines
    if (input.allocation === 'oldest') {
      lines = allocateOldestFirst(open, available).allocations
      if (lines.length === 0) throw new DomainError('CONFLICT', "Ce client n'a aucune facture ouverte à solder avec cet avoir.")
    } else {
      checkAllocation(open, available, input.allocation)
      lines = input.allocation
    }
    for (const line of lines) ctx.db.insert(allocations).values({ ...line, creditNoteId: note.id }).run()
    const used = lines.reduce((sum, line) => sum + line.amountCents, 0)
    ctx.timeline({
      clientId: note.clientId,
      invoiceId: note.id,
      kind: 'payment',
      body: `Avoir ${note.number} imputé pour ${formatEuros(used)}.`,
    })
    return { allocations: lines, remainingCents: available - used }
  }),
} satisfies HandlersOf<typeof invoicesChannels>
