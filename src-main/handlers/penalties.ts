import type { penaltiesChannels } from '../../src-shared/contract/penalties'
import { runPenaltyCases } from '../cli/penalty-cases'
import { rateTableOf } from '../data/queries/rates'
import type { HandlersOf } from './handler'

export const penaltyHandlers = {
  'penalties.compute': (ctx, input) => runPenaltyCases(input.cases, rateTableOf(ctx.db)),
} satisfies HandlersOf<typeof penaltiesChannels>
