import type { ClientStatement, penaltiesChannels } from '../../src-shared/contract/penalties'
import { DomainError } from '../../src-shared/result'
import { runPenaltyCases } from '../cli/penalty-cases'
import type { Ctx } from '../context'
import { invoiceOwner } from '../data/queries/penalty-cases'
import { listRates, rateTableOf } from '../data/queries/rates'
import { statementParties } from '../data/queries/statement-parties'
import { legalBasisLines, rateSourceLines } from '../export/penalty-basis'
import { penaltyStatementPdf } from '../export/penalty-statement-pdf'
import { clientStatement, invoiceStatement, penaltyTermsOrRefuse } from './client-statement'
import type { HandlersOf } from './handler'

function invoiceOrRefuse(ctx: Ctx, invoiceId: number): { clientId: number; number: string } {
  const invoice = invoiceOwner(ctx.db, invoiceId)
  if (!invoice) throw new DomainError('NOT_FOUND', "Cette facture n'existe pas (ou plus).")
  return invoice
}

export const penaltyHandlers = {
  'penalties.compute': (ctx, input) => runPenaltyCases(input.cases, rateTableOf(ctx.db)),

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
