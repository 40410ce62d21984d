import type { ClientStatement, PenaltyCaseResult, penaltiesChannels } from '../../src-shared/contract/penalties'
import { centsToDecimalString } from '../../src-shared/money'
import { DomainError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { invoiceOwner } from '../data/queries/penalty-cases'
import { listRates, rateTableOf } from '../data/queries/rates'
import { statementParties } from '../data/queries/statement-parties'
import { legalBasisLines, rateSourceLines } from '../export/penalty-basis'
import { penaltyStatementPdf } from '../export/penalty-statement-pdf'
import { computePenalties, type PenaltyStatement } from '../domain/penalties'
import { clientStatement, invoiceStatement, penaltyTermsOrRefuse } from '../data/queries/client-statement'
import type { HandlersOf } from './handler'

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

function invoiceOrRefuse(ctx: Ctx, invoiceId: number): { clientId: number; number: string } {
  const invoice = invoiceOwner(ctx.db, invoiceId)
  if (!invoice) throw new DomainError('NOT_FOUND', "Cette facture n'existe pas (ou plus).")
  return invoice
}

export const penaltyHandlers = {
  'penalties.compute': (ctx, input) => {
    const rates = rateTableOf(ctx.db)
    return input.cases.map(({ id, ...penaltyCase }) => penaltyCaseResult(id, computePenalties({ ...penaltyCase, rates })))
  },

  'penalties.clientStatement': (ctx, input): ClientStatement => clientStatement(ctx.db, input.clientId, input.asOf ?? ctx.today()),

  'penalties.invoiceStatement': (ctx, input) => {
    const { clientId } = invoiceOrRefuse(ctx, input.invoiceId)
    const asOf = input.asOf ?? ctx.today()
    return { asOf, statement: invoiceStatement(ctx.db, clientId, input.invoiceId, asOf) }
  },

  'penalties.statementPdf': async (ctx, input) => {
    const asOf = input.asOf ?? ctx.today()
    const invoice = input.invoiceId === undefined ? null : invoiceOrRefuse(ctx, input.invoiceId)
    if (invoice && invoice.clientId !== input.clientId) throw new DomainError('NOT_FOUND', "Cette facture n'est pas de ce client.")
    const terms = penaltyTermsOrRefuse(ctx.db, input.clientId)
    const parties = statementParties(ctx.db, input.clientId)
    if (!parties) throw new DomainError('NOT_FOUND', "Ce client n'existe pas (ou plus).")
    const statement = clientStatement(ctx.db, input.clientId, asOf, input.invoiceId)
    const invoiceNumber = invoice?.number ?? null
    const bytes = await penaltyStatementPdf({
      statement,
      parties,
      invoiceNumber,
      basis: legalBasisLines(terms),
      rateSources: rateSourceLines(statement, terms, listRates(ctx.db)),
      printedOn: ctx.today(),
    })
    const subject = invoiceNumber === null ? parties.debtor.code : `${parties.debtor.code}-${invoiceNumber}`
    return {
      fileName: `decompte-penalites-${subject.replace(/[^\p{L}\p{N}._-]+/gu, '_')}-${asOf}.pdf`,
      mimeType: 'application/pdf',
      base64: bytes.toString('base64'),
    }
  },
} satisfies HandlersOf<typeof penaltiesChannels>
