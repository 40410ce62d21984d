import type { dashboardChannels } from '../../src-shared/contract/dashboard'
import { cashForecast } from '../data/queries/cash-forecast'
import { dashboardSummary } from '../data/queries/dashboard'
import type { HandlersOf } from './handler'

export const dashboardHandlers = {
  'dashboard.summary': (ctx) => dashboardSummary(ctx.db, ctx.today()),
  'dashboard.forecast': (ctx) => cashForecast(ctx.db, ctx.today()),
} satisfies HandlersOf<typeof dashboardChannels>
