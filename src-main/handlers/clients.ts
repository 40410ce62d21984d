import type { clientsChannels } from '../../src-shared/contract/clients'
import { DomainError, fieldError } from '../../src-shared/result'
import { findClientIdByCode, insertClient, listClients } from '../data/queries/clients'
import { inTransaction } from '../data/transaction'
import type { HandlersOf } from './handler'

export const clientHandlers = {
  'clients.list': (ctx, input) => listClients(ctx.db, ctx.today(), input),

  'clients.get': (ctx, input) => {
    const [client] = listClients(ctx.db, ctx.today(), { id: input.id })
    if (!client) throw new DomainError('NOT_FOUND', "Ce client n'existe pas (ou plus).")
    return client
  },

  'clients.create': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      if (findClientIdByCode(ctx.db, input.code) !== undefined) {
        throw fieldError('CONFLICT', 'code', `Le code client « ${input.code} » est déjà utilisé.`)
      }
      const id = insertClient(ctx.db, input)
      ctx.log.info('client.created', { id, code: input.code })
      return { id }
    }),
} satisfies HandlersOf<typeof clientsChannels>
