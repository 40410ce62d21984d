import { desc } from 'drizzle-orm'
import type { ratesChannels } from '../../src-shared/contract/rates'
import { rateHalfYears } from '../data/schema'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

export const rateHandlers = {
  'rates.list': (ctx) =>
    ctx.db
      .select({
        halfYear: rateHalfYears.halfYear,
        ecbRefBp: rateHalfYears.ecbRefBp,
        legalIndividualBp: rateHalfYears.legalIndividualBp,
        legalOtherBp: rateHalfYears.legalOtherBp,
        source: rateHalfYears.source,
        updatedAt: rateHalfYears.updatedAt,
      })
      .from(rateHalfYears)
      .orderBy(desc(rateHalfYears.halfYear))
      .all(),

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
