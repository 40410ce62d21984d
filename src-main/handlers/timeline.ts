import { desc, eq } from 'drizzle-orm'
import type { timelineChannels } from '../../src-shared/contract/timeline'
import { fieldError } from '../../src-shared/result'
import { activities, clients, invoices } from '../data/schema'
import { inTransaction } from '../data/transaction'
import type { HandlersOf } from './handler'

export const timelineHandlers = {
  'timeline.list': (ctx, input) =>
    ctx.db
      .select({
        id: activities.id,
        kind: activities.kind,
        occurredOn: activities.occurredOn,
        body: activities.body,
        invoiceNumber: invoices.number,
      })
      .from(activities)
      .leftJoin(invoices, eq(invoices.id, activities.invoiceId))
      .where(eq(activities.clientId, input.clientId))
      .orderBy(desc(activities.occurredOn), desc(activities.id))
      .all(),

  'timeline.addNote': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      if (!ctx.db.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).get()) {
        throw fieldError('NOT_FOUND', 'clientId', "Ce client n'existe pas (ou plus).")
      }
      const row = ctx.db
        .insert(activities)
        .values({ clientId: input.clientId, kind: 'note', occurredOn: input.occurredOn ?? ctx.today(), body: input.body })
        .returning({ id: activities.id })
        .get()
      return { id: row.id }
    }),
} satisfies HandlersOf<typeof timelineChannels>
