import type { ImportCheck } from '../../src-shared/contract/imports'
import type { Dossier } from '../data/open-dossier'
import { readPlan, type PlanRequest } from './read-plan'
import { sourceKindOf } from './source-kind'

/** Errors and repairs listed on the review screen; the counts say how many in all. */
const LISTED = 20

/**
 * Reads and checks every line of a file as the import would, writing nothing: the review
 * screen shows what « Importer » will do (or refuse) before the user asks for it.
 */
export async function checkImport(dossier: Dossier, request: Omit<PlanRequest, 'kind'>): Promise<ImportCheck> {
  const kind = await sourceKindOf(request.path)
  const plan = await readPlan(dossier, { ...request, kind })
  return {
    lineCount: plan.lineCount,
    clients: plan.clients.length,
    invoices: plan.documents.filter((document) => document.kind === 'invoice').length,
    creditNotes: plan.documents.filter((document) => document.kind === 'credit_note').length,
    payments: plan.payments.length,
    rejected: plan.rejected.slice(0, LISTED),
    rejectedLineCount: plan.rejectedSource.lines.size,
    repaired: plan.repaired.slice(0, LISTED),
    repairedCount: plan.repairedCount,
  }
}
