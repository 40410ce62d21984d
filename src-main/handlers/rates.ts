import { sql } from 'drizzle-orm'
import type { ratesChannels } from '../../src-shared/contract/rates'
import { listRates } from '../data/queries/rates'
import { rateHalfYears } from '../data/schema'
import { inTransaction } from '../data/transaction'
import type { HandlersOf } from './handler'

export const rateHandlers = {
  'rates.list': (ctx) => listRates(ctx.db),

  'rates.save': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      const { halfYear, ...rates } = input
      ctx.db
        .insert(rateHalfYears)
        .values(input)
        .onConflictDoUpdate({ target: rateHalfYears.halfYear, set: { ...rates, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` } })
        .run()
      ctx.log.info('rates.saved', { halfYear })
      return { halfYear }
    }),
} satisfies HandlersOf<typeof ratesChannels>
