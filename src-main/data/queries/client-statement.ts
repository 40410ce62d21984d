import type { ClientStatement, InvoiceStatement } from '../../../src-shared/contract/penalties'
import type { IsoDate } from '../../../src-shared/dates'
import { DomainError } from '../../../src-shared/result'
import { penaltiesUnderPlans, type PlanCover, type RateTable } from '../../domain/penalties'
import type { Db } from '../open-dossier'
import { lateInvoicesOf, penaltyTermsOf, type ClientPenaltyTerms, type LateInvoice } from './penalty-cases'
import { planCoversOf } from './plan-covers'
import { rateTableOf } from './rates'

/**
 * « Décompte des pénalités au … » of a client: the engine run on its late invoices with the
 * dossier's rates and the client's terms. The screen, the PDF statement and the letters all
 * read these functions, so they always agree.
 */

export const WAIVED = 'Pénalités de retard non réclamées à ce client (politique choisie sur sa fiche ou pour le dossier).'
/** Said wherever a statement relies on the date written for a settlement the import could only assume. */
const ASSUMED_SETTLEMENT = 'Montant réglé avant l’import, date inconnue : compté comme payé à l’échéance.'

/** One late invoice's statement; null when nothing is owed on it, neither principal nor penalties. */
export function statementOf(late: LateInvoice, terms: ClientPenaltyTerms, rates: RateTable, asOf: string, plans: readonly PlanCover[] = []): InvoiceStatement | null {
  // Under a payment plan, interest stops from its acceptance and the plan's choice decides what is claimed.
  const statement = terms.ratePolicy
    ? penaltiesUnderPlans({ ...late, debtor: terms.debtor, ratePolicy: terms.ratePolicy, rates, asOf, dayCount: terms.dayCount }, plans)
    : null
  const paid = late.payments.reduce((sum, payment) => sum + payment.amountCents, 0)
  const unpaidCents = statement?.unpaidCents ?? Math.max(0, late.amountCents - paid)
  if ((statement?.totalCents ?? 0) === 0 && unpaidCents === 0) return null
  const warnings = (statement?.warnings ?? []).map((warning) => warning.message)
  if (late.settledOnAssumedDate) warnings.push(ASSUMED_SETTLEMENT)
  warnings.push(...(statement?.planNotes ?? []))
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

export function penaltyTermsOrRefuse(db: Db, clientId: number): ClientPenaltyTerms {
  const terms = penaltyTermsOf(db, clientId)
  if (!terms) throw new DomainError('NOT_FOUND', "Ce client n'existe pas (ou plus).")
  return terms
}

/** One invoice's statement as of a date; null when it is not late then or nothing is owed on it. */
export function invoiceStatement(db: Db, clientId: number, invoiceId: number, asOf: IsoDate): InvoiceStatement | null {
  const terms = penaltyTermsOrRefuse(db, clientId)
  const late = lateInvoicesOf(db, clientId, asOf, invoiceId)[0]
  return late ? statementOf(late, terms, rateTableOf(db), asOf, planCoversOf(db, clientId, asOf).get(invoiceId)) : null
}

/** The client's statement: all its late invoices, or only one of them (`invoiceId`); refused for an unknown client. */
export function clientStatement(db: Db, clientId: number, asOf: IsoDate, invoiceId?: number): ClientStatement {
  const terms = penaltyTermsOrRefuse(db, clientId)
  const rates = rateTableOf(db)
  const plans = planCoversOf(db, clientId, asOf)
  return summedStatement(asOf, lateInvoicesOf(db, clientId, asOf, invoiceId).flatMap((late) => statementOf(late, terms, rates, asOf, plans.get(late.invoiceId)) ?? []), terms)
}

/** The client's whole statement; undefined for an unknown client. */
export function clientStatementOf(db: Db, clientId: number, asOf: IsoDate): ClientStatement | undefined {
  return penaltyTermsOf(db, clientId) ? clientStatement(db, clientId, asOf) : undefined
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
