import { desc, eq } from 'drizzle-orm'
import type { timelineChannels } from '../../src-shared/contract/timeline'
import { fieldError } from '../../src-shared/result'
import { activities, clients, invoices } from '../data/schema'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

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

  'timeline.addNote': mutation((ctx, input) => {
    if (!ctx.db.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).get()) {
      throw fieldError('NOT_FOUND', 'clientId', "Ce client n'existe pas (ou plus).")
    }
    return { id: ctx.timeline({ clientId: input.clientId, kind: 'note', occurredOn: input.occurredOn, body: input.body }) }
  }),
} satisfies HandlersOf<typeof timelineChannels>
