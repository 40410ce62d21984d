import type { ClientStatement, InvoiceStatement } from '../../../src-shared/contract/penalties'
import type { IsoDate } from '../../../src-shared/dates'
import { computePenalties, type RateTable } from '../../domain/penalties'
import type { Db } from '../open-dossier'
import { lateInvoicesOf, penaltyTermsOf, type ClientPenaltyTerms, type LateInvoice } from './penalty-cases'
import { rateTableOf } from './rates'

/**
 * The penalty statements of a client as screens and letters show them: the engine run
 * on the client's late invoices with the dossier's rates and the client's terms.
 */

export const WAIVED = 'Pénalités de retard non réclamées à ce client (politique choisie sur sa fiche ou pour le dossier).'

/** One late invoice's statement; null when nothing is owed on it, neither principal nor penalties. */
export function statementOf(late: LateInvoice, terms: ClientPenaltyTerms, rates: RateTable, asOf: string): InvoiceStatement | null {
  const statement = terms.ratePolicy
    ? computePenalties({ ...late, debtor: terms.debtor, ratePolicy: terms.ratePolicy, rates, asOf, dayCount: terms.dayCount })
    : null
  const paid = late.payments.reduce((sum, payment) => sum + payment.amountCents, 0)
  const unpaidCents = statement?.unpaidCents ?? Math.max(0, late.amountCents - paid)
  if ((statement?.totalCents ?? 0) === 0 && unpaidCents === 0) return null
  const warnings = (statement?.warnings ?? []).map((warning) => warning.message)
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
    warnings: terms.ratePolicy ? warnings : [WAIVED],
    flags: (statement?.flags ?? []).map((flag) => flag.message),
  }
}

/** « Décompte des pénalités au … » of a client: every late invoice and the whole claim; undefined for an unknown client. */
export function clientStatementOf(db: Db, clientId: number, asOf: IsoDate): ClientStatement | undefined {
  const terms = penaltyTermsOf(db, clientId)
  if (!terms) return undefined
  const rates = rateTableOf(db)
  return summedStatement(asOf, lateInvoicesOf(db, clientId, asOf).flatMap((late) => statementOf(late, terms, rates, asOf) ?? []), terms)
}

/** A statement over some invoices' statements: the totals are the sums of what is printed. */
export function summedStatement(asOf: IsoDate, invoices: InvoiceStatement[], terms: Pick<ClientPenaltyTerms, 'ratePolicy'>): ClientStatement {
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
}
