import type { ratesChannels } from '../../src-shared/contract/rates'
import { listRates } from '../data/queries/rates'
import { rateHalfYears } from '../data/schema'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

export const rateHandlers = {
  'rates.list': (ctx) => listRates(ctx.db),

  'rates.save': mutation((ctx, input) => {
    const { halfYear, ...rates } = input
    ctx.db
      .insert(rateHalfYears)
      .values(input)
      .onConflictDoUpdate({ target: rateHalfYears.halfYear, set: { ...rates, updatedAt: ctx.now() } })
      .run()
    ctx.log.info('rates.saved', { halfYear })
    return { halfYear }
  }),
} satisfies HandlersOf<typeof ratesChannels>
