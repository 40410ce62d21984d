import type { ClientStatement, InvoiceStatement, PenaltyCaseResult, penaltiesChannels } from '../../src-shared/contract/penalties'
import { centsToDecimalString } from '../../src-shared/money'
import { DomainError } from '../../src-shared/result'
import { lateInvoicesOf, penaltyTermsOf, type ClientPenaltyTerms, type LateInvoice } from '../data/queries/penalty-cases'
import { clientIdOfInvoice } from '../data/queries/invoices'
import { rateTableOf } from '../data/queries/rates'
import { computePenalties, type PenaltyStatement, type RateTable } from '../domain/penalties'
import type { HandlersOf } from './handler'

/** Said wherever a statement relies on the date written for a settlement the import could only assume. */
const ASSUMED_SETTLEMENT = 'Montant réglé avant l’import, date inconnue : compté comme payé à l’échéance.'
const WAIVED = 'Pénalités de retard non réclamées à ce client (politique choisie sur sa fiche ou pour le dossier).'

/** One late invoice's statement; null when nothing is owed on it, neither principal nor penalties. */
function statementOf(late: LateInvoice, terms: ClientPenaltyTerms, rates: RateTable, asOf: string): InvoiceStatement | null {
  const statement = terms.ratePolicy
    ? computePenalties({ ...late, debtor: terms.debtor, ratePolicy: terms.ratePolicy, rates, asOf, dayCount: terms.dayCount })
    : null
  const paid = late.payments.reduce((sum, payment) => sum + payment.amountCents, 0)
  const unpaidCents = statement?.unpaidCents ?? Math.max(0, late.amountCents - paid)
  if ((statement?.totalCents ?? 0) === 0 && unpaidCents === 0) return null
  const warnings = (statement?.warnings ?? []).map((warning) => warning.message)
  if (late.settledOnAssumedDate) warnings.push(ASSUMED_SETTLEMENT)
  return {
    invoiceId: late.invoiceId,
    number: late.number,
    dueDate: late.dueDate,
    amountCents: late.amountCents,
    unpaidCents,
    periods: (statement?.periods ?? []).map(({ from, to, days, baseCents, rateBp, amountCents }) => ({ from, to, days, baseCents, rateBp, amountCents })),
    interestCents: statement?.interestCents ?? 0,
    indemnityCents: statement?.indemnityCents ?? 0,
    totalCents: statement?.totalCents ?? 0,
    warnings: terms.ratePolicy ? warnings : [WAIVED, ...warnings],
    flags: (statement?.flags ?? []).map((flag) => flag.message),
  }
}

/** A case's statement in the documented format: euros and percentages as decimal texts, messages in French. */
export function penaltyCaseResult(id: string, statement: PenaltyStatement): PenaltyCaseResult {
  return {
    id,
    interest: centsToDecimalString(statement.interestCents),
    indemnity: centsToDecimalString(statement.indemnityCents),
    total: centsToDecimalString(statement.totalCents),
    periods: statement.periods.map((period) => ({
      from: period.from,
      to: period.to,
      days: period.days,
      base: centsToDecimalString(period.baseCents),
      // Basis points have the shape of cents: 1315 → "13.15".
      ratePct: centsToDecimalString(period.rateBp),
      amount: centsToDecimalString(period.amountCents),
    })),
    warnings: statement.warnings.map((warning) => warning.message),
    flags: statement.flags.map((flag) => flag.message),
  }
}

function termsOrRefuse(terms: ClientPenaltyTerms | undefined): ClientPenaltyTerms {
  if (!terms) throw new DomainError('NOT_FOUND', "Ce client n'existe pas (ou plus).")
  return terms
}

export const penaltyHandlers = {
  'penalties.compute': (ctx, input) => {
    const rates = rateTableOf(ctx.db)
    return input.cases.map(({ id, ...penaltyCase }) => penaltyCaseResult(id, computePenalties({ ...penaltyCase, rates })))
  },

  'penalties.clientStatement': (ctx, input): ClientStatement => {
    const terms = termsOrRefuse(penaltyTermsOf(ctx.db, input.clientId))
    const asOf = input.asOf ?? ctx.today()
    const rates = rateTableOf(ctx.db)
    const invoices = lateInvoicesOf(ctx.db, input.clientId, asOf).flatMap((late) => statementOf(late, terms, rates, asOf) ?? [])
    const warnings = new Set(invoices.flatMap((invoice) => invoice.warnings))
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

  'penalties.invoiceStatement': (ctx, input) => {
    const clientId = clientIdOfInvoice(ctx.db, input.invoiceId)
    if (clientId === undefined) throw new DomainError('NOT_FOUND', "Cette facture n'existe pas (ou plus).")
    const terms = termsOrRefuse(penaltyTermsOf(ctx.db, clientId))
    const asOf = input.asOf ?? ctx.today()
    const late = lateInvoicesOf(ctx.db, clientId, asOf, input.invoiceId)[0]
    return { asOf, statement: late ? statementOf(late, terms, rateTableOf(ctx.db), asOf) : null }
  },
} satisfies HandlersOf<typeof penaltiesChannels>
