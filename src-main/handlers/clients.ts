import { and, eq, ne, sql } from 'drizzle-orm'
import type { clientsChannels } from '../../src-shared/contract/clients'
import { DomainError, fieldError } from '../../src-shared/result'
import type { Ctx } from '../context'
import {
  clientFieldsOf,
  insertClient,
  listClients,
  listSegments,
  setArchived,
  updateClient,
} from '../data/queries/clients'
import { clients } from '../data/schema'
import { inTransaction } from '../data/transaction'
import { openInvoiceSql } from '../data/queries/invoice-balance'
import type { HandlersOf } from './handler'

function refuseTakenCode(ctx: Ctx, code: string, exceptId?: number): void {
  const sameCode = exceptId === undefined ? eq(clients.code, code) : and(eq(clients.code, code), ne(clients.id, exceptId))
  if (ctx.db.select({ id: clients.id }).from(clients).where(sameCode).get()) {
    throw fieldError('CONFLICT', 'code', `Le code client « ${code} » est déjà utilisé.`)
  }
}

const notFound = () => new DomainError('NOT_FOUND', "Ce client n'existe pas (ou plus).")

export const clientHandlers = {
  'clients.list': (ctx, input) => listClients(ctx.db, ctx.today(), input),

  'clients.segments': (ctx) => listSegments(ctx.db),

  'clients.get': (ctx, input) => {
    const [client] = listClients(ctx.db, ctx.today(), { id: input.id })
    const fields = clientFieldsOf(ctx.db, input.id)
    if (!client || !fields) throw notFound()
    const open = ctx.db.get<{ n: number }>(sql`
      SELECT count(*) AS n FROM invoices i WHERE i.client_id = ${input.id} AND ${openInvoiceSql}`)
    return { ...client, fields, openInvoiceCount: open?.n ?? 0 }
  },

  'clients.create': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      refuseTakenCode(ctx, input.code)
      const id = insertClient(ctx.db, input)
      ctx.log.info('client.created', { id, code: input.code })
      return { id }
    }),

  'clients.update': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      if (!clientFieldsOf(ctx.db, input.id)) throw notFound()
      refuseTakenCode(ctx, input.fields.code, input.id)
      updateClient(ctx.db, input.id, input.fields)
      return { id: input.id }
    }),

  'clients.archive': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      if (!setArchived(ctx.db, input.id, input.archived)) throw notFound()
      return { id: input.id, archived: input.archived }
    }),
} satisfies HandlersOf<typeof clientsChannels>
