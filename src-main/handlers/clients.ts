import type { clientsChannels } from '../../src-shared/contract/clients'
import { DomainError, fieldError } from '../../src-shared/result'
import type { Ctx } from '../context'
import {
  clientCreditCents,
  clientFieldsOf,
  findClientIdByCode,
  insertClient,
  listClients,
  listSegments,
  openInvoiceCountOf,
  setArchived,
  updateClient,
} from '../data/queries/clients'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

function refuseTakenCode(ctx: Ctx, code: string, exceptId?: number): void {
  const holder = findClientIdByCode(ctx.db, code)
  if (holder !== undefined && holder !== exceptId) {
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
    return { ...client, fields, creditCents: clientCreditCents(ctx.db, input.id), openInvoiceCount: openInvoiceCountOf(ctx.db, input.id) }
  },

  'clients.create': mutation((ctx, input) => {
    refuseTakenCode(ctx, input.code)
    const id = insertClient(ctx.db, input)
    ctx.log.info('client.created', { id, code: input.code })
    return { id }
  }),

  'clients.update': mutation((ctx, input) => {
    if (!clientFieldsOf(ctx.db, input.id)) throw notFound()
    refuseTakenCode(ctx, input.fields.code, input.id)
    updateClient(ctx.db, input.id, input.fields, ctx.now())
    return { id: input.id }
  }),

  'clients.archive': mutation((ctx, input) => {
    if (!setArchived(ctx.db, input.id, input.archived, ctx.now())) throw notFound()
    return { id: input.id, archived: input.archived }
  }),
} satisfies HandlersOf<typeof clientsChannels>
