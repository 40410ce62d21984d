import { sql } from 'drizzle-orm'
import type { ClientStatement, penaltiesChannels } from '../../src-shared/contract/penalties'
import { DomainError } from '../../src-shared/result'
import { runPenaltyCases } from '../cli/penalty-cases'
import { clientStatementOf, statementOf } from '../data/queries/client-statement'
import { lateInvoicesOf, penaltyTermsOf, type ClientPenaltyTerms } from '../data/queries/penalty-cases'
import { rateTableOf } from '../data/queries/rates'
import type { HandlersOf } from './handler'

function termsOrRefuse(terms: ClientPenaltyTerms | undefined): ClientPenaltyTerms {
  if (!terms) throw new DomainError('NOT_FOUND', "Ce client n'existe pas (ou plus).")
  return terms
}

export const penaltyHandlers = {
  'penalties.compute': (ctx, input) => runPenaltyCases(input.cases, rateTableOf(ctx.db)),

  'penalties.clientStatement': (ctx, input): ClientStatement => {
    const statement = clientStatementOf(ctx.db, input.clientId, input.asOf ?? ctx.today())
    if (!statement) throw new DomainError('NOT_FOUND', "Ce client n'existe pas (ou plus).")
    return statement
  },

  'penalties.invoiceStatement': (ctx, input) => {
    const clientId = ctx.db.get<{ clientId: number }>(
      sql`SELECT client_id AS clientId FROM invoices WHERE id = ${input.invoiceId} AND kind = 'invoice'`,
    )?.clientId
    if (clientId === undefined) throw new DomainError('NOT_FOUND', "Cette facture n'existe pas (ou plus).")
    const terms = termsOrRefuse(penaltyTermsOf(ctx.db, clientId))
    const asOf = input.asOf ?? ctx.today()
    const late = lateInvoicesOf(ctx.db, clientId, asOf, input.invoiceId)[0]
    return { asOf, statement: late ? statementOf(late, terms, rateTableOf(ctx.db), asOf) : null }
  },
} satisfies HandlersOf<typeof penaltiesChannels>
