import { eq } from 'drizzle-orm'
import { agingBuckets } from '../../src-shared/aging-buckets'
import type { agingChannels, AgingReport, AgingSettings, AgingSort } from '../../src-shared/contract/aging'
import type { IsoDate } from '../../src-shared/dates'
import { DomainError, fieldError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { agingReport, type AgingQuery } from '../data/queries/aging'
import { agingLimits, saveAgingLimits } from '../data/queries/aging-limits'
import { clientOpenItems } from '../data/queries/client-aging'
import { clientDso, dossierDso } from '../data/queries/dso'
import { clients, company } from '../data/schema'
import { exportAging } from '../export/aging-export'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

function settingsOf(limits: number[]): AgingSettings {
  return { limits, buckets: agingBuckets(limits) }
}

/** A bucket index to sort by must name one of the dossier's buckets. */
function refuseUnknownBucket(sort: AgingSort, limits: readonly number[]): void {
  if (typeof sort === 'number' && sort > limits.length + 1) {
    throw fieldError('VALIDATION', 'sort', `Tranche inconnue : la balance en compte ${limits.length + 2}.`)
  }
}

function report(ctx: Ctx, asOf: IsoDate, query: AgingQuery): AgingReport {
  const limits = agingLimits(ctx.db)
  refuseUnknownBucket(query.sort, limits)
  const { rows, totals } = agingReport(ctx.db, asOf, limits, query)
  return { asOf, limits, buckets: agingBuckets(limits), rows, offset: query.offset, totals, dsoDays: dossierDso(ctx.db, asOf) }
}

export const agingHandlers = {
  'aging.report': (ctx, input) => report(ctx, input.asOf ?? ctx.today(), input),

  'aging.clientInvoices': (ctx, input) => {
    const asOf = input.asOf ?? ctx.today()
    if (!ctx.db.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).get()) {
      throw new DomainError('NOT_FOUND', "Ce client n'existe pas (ou plus).")
    }
    const limits = agingLimits(ctx.db)
    const { invoices, credits } = clientOpenItems(ctx.db, input.clientId, asOf, limits)
    return { clientId: input.clientId, asOf, buckets: agingBuckets(limits), invoices, credits, dsoDays: clientDso(ctx.db, input.clientId, asOf) }
  },

  'aging.export': (ctx, input) => {
    const full = report(ctx, input.asOf ?? ctx.today(), { ...input, offset: 0 })
    const legalName = ctx.db.select({ name: company.legalName }).from(company).where(eq(company.id, 1)).get()?.name
    return exportAging(full, input.format, { filters: input, companyName: legalName || null, printedOn: ctx.today() })
  },

  'aging.settings': (ctx) => settingsOf(agingLimits(ctx.db)),

  'aging.updateSettings': mutation((ctx, input) => {
    saveAgingLimits(ctx.db, input.limits, ctx.now())
    return settingsOf(input.limits)
  }),
} satisfies HandlersOf<typeof agingChannels>
