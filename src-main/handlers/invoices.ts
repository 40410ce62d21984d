import { eq } from 'drizzle-orm'
import type { invoicesChannels } from '../../src-shared/contract/invoices'
import { fieldError } from '../../src-shared/result'
import { listInvoices } from '../data/queries/invoices'
import { termsOfClient } from '../data/queries/terms'
import { clients, invoices } from '../data/schema'
import { inTransaction } from '../data/transaction'
import { dueDateFor } from '../domain/due-date'
import type { HandlersOf } from './handler'

export const invoiceHandlers = {
  'invoices.list': (ctx, input) => listInvoices(ctx.db, ctx.today(), input),

  'invoices.create': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      const client = ctx.db.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).get()
      if (!client) throw fieldError('NOT_FOUND', 'clientId', "Ce client n'existe pas (ou plus).")
      const taken = ctx.db.select({ id: invoices.id }).from(invoices).where(eq(invoices.number, input.number)).get()
      if (taken) throw fieldError('CONFLICT', 'number', `Le numéro « ${input.number} » existe déjà dans ce dossier.`)
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
} satisfies HandlersOf<typeof invoicesChannels>
