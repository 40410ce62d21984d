import type { planDocumentsChannels } from '../../src-shared/contract/plans'
import { DomainError } from '../../src-shared/result'
import { storedPlans } from '../data/queries/payment-plans'
import { templateByCode } from '../data/queries/templates'
import { composedPdf, composeLetter, incompleteLetter, windowSideOf } from '../documents/letters/compose-letter'
import { letterFileName } from '../documents/letters/letter-file-name'
import type { HandlersOf } from './handler'

const AGREEMENT = 'protocole-echeancier'

export const planDocumentHandlers = {
  /**
   * The agreement, dated and computed on the plan's own date (the amounts it was proposed
   * with), so it prints the same bytes whenever it is printed again.
   */
  'plans.agreementPdf': async (ctx, input) => {
    const [plan] = storedPlans(ctx.db, { planId: input.planId })
    if (!plan) throw new DomainError('NOT_FOUND', 'Cet échéancier n’existe pas (ou plus).')
    const template = templateByCode(ctx.db, AGREEMENT)
    if (!template) throw new DomainError('NOT_FOUND', `Le modèle « ${AGREEMENT} » manque dans ce dossier.`)
    const composition = composeLetter(ctx.db, { clientId: plan.clientId, template, asOf: plan.proposedOn, plan: { planId: plan.id } })
    if (!composition.ok) throw incompleteLetter(composition.problems, template.name)
    const pdf = await composedPdf(composition.composed, windowSideOf(ctx.db))
    return {
      fileName: letterFileName(plan.proposedOn, AGREEMENT, composition.composed.data.client),
      mimeType: 'application/pdf',
      base64: pdf.toString('base64'),
    }
  },
} satisfies HandlersOf<typeof planDocumentsChannels>
