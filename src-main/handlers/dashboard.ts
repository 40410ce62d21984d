import type { dashboardChannels } from '../../src-shared/contract/dashboard'
import { dashboardSummary } from '../data/queries/dashboard'
import type { HandlersOf } from './handler'

export const dashboardHandlers = {
  'dashboard.summary': (ctx) => dashboardSummary(ctx.db, ctx.today()),
} satisfies HandlersOf<typeof dashboardChannels>
