import type { dashboardChannels } from '../../src-shared/contract/dashboard'
import { cashForecast } from '../data/queries/cash-forecast'
import { dashboardSummary } from '../data/queries/dashboard'
import { saveUncertainAfterDays, uncertainAfterDays } from '../data/queries/forecast-settings'
import { inTransaction } from '../data/transaction'
import type { HandlersOf } from './handler'

export const dashboardHandlers = {
  'dashboard.summary': (ctx) => dashboardSummary(ctx.db, ctx.today()),
  'dashboard.forecast': (ctx) => cashForecast(ctx.db, ctx.today(), uncertainAfterDays(ctx.db)),
  'dashboard.saveForecastSettings': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      saveUncertainAfterDays(ctx.db, input.uncertainAfterDays)
      return cashForecast(ctx.db, ctx.today(), input.uncertainAfterDays)
    }),
} satisfies HandlersOf<typeof dashboardChannels>
