import type { ClientStatement, InvoiceStatement, penaltiesChannels } from '../../src-shared/contract/penalties'
import { DomainError } from '../../src-shared/result'
import { runPenaltyCases } from '../cli/penalty-cases'
import { lateInvoicesOf, penaltyTermsOf } from '../data/queries/penalty-cases'
import { rateTableOf } from '../data/queries/rates'
import { computePenalties } from '../domain/penalties'
import type { HandlersOf } from './handler'

const WAIVED = 'Pénalités de retard non réclamées à ce client (politique choisie sur sa fiche ou pour le dossier).'

export const penaltyHandlers = {
  'penalties.compute': (ctx, input) => runPenaltyCases(input.cases, rateTableOf(ctx.db)),

  'penalties.clientStatement': (ctx, input): ClientStatement => {
    const terms = penaltyTermsOf(ctx.db, input.clientId)
    if (!terms) throw new DomainError('NOT_FOUND', "Ce client n'existe pas (ou plus).")
    const asOf = input.asOf ?? ctx.today()
    const rates = rateTableOf(ctx.db)
    const invoices: InvoiceStatement[] = []
    const warnings = new Set<string>()
    for (const late of lateInvoicesOf(ctx.db, input.clientId, asOf)) {
      const statement = terms.ratePolicy
        ? computePenalties({ ...late, debtor: terms.debtor, ratePolicy: terms.ratePolicy, rates, asOf, dayCount: terms.dayCount })
        : null
      const paid = late.payments.reduce((sum, payment) => sum + payment.amountCents, 0)
      const unpaidCents = statement?.unpaidCents ?? Math.max(0, late.amountCents - paid)
      if ((statement?.totalCents ?? 0) === 0 && unpaidCents === 0) continue
      for (const warning of statement?.warnings ?? []) warnings.add(warning.message)
      invoices.push({
        invoiceId: late.invoiceId,
        number: late.number,
        dueDate: late.dueDate,
        amountCents: late.amountCents,
        unpaidCents,
        periods: (statement?.periods ?? []).map(({ from, to, days, baseCents, rateBp, amountCents }) => ({ from, to, days, baseCents, rateBp, amountCents })),
        interestCents: statement?.interestCents ?? 0,
        indemnityCents: statement?.indemnityCents ?? 0,
        totalCents: statement?.totalCents ?? 0,
        warnings: (statement?.warnings ?? []).map((warning) => warning.message),
        flags: (statement?.flags ?? []).map((flag) => flag.message),
      })
    }
    if (!terms.ratePolicy) warnings.add(WAIVED)
    const sum = (pick: (s: InvoiceStatement) => number) => invoices.reduce((total, s) => total + pick(s), 0)
    const principalCents = sum((s) => s.unpaidCents)
    const interestCents = sum((s) => s.interestCents)
    const indemnityCents = sum((s) => s.indemnityCents)
    return {
      asOf,
      invoices,
      principalCents,
      interestCents,
      indemnityCents,
      claimCents: principalCents + interestCents + indemnityCents,
      warnings: [...warnings],
    }
  },
} satisfies HandlersOf<typeof penaltiesChannels>
