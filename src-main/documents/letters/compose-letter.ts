import type { MergeProblem } from '../../../src-shared/contract/templates'
import type { IsoDate } from '../../../src-shared/dates'
import { DomainError } from '../../../src-shared/result'
import { letterDataOf, type LetterInvoices } from '../../data/queries/letter-data'
import { readSetting, templateByCode, type TemplateRow } from '../../data/queries/templates'
import type { Db } from '../../data/open-dossier'
import { builtinTemplate } from './builtin-templates'
import type { LetterData } from './letter-data'
import type { WindowSide } from './letter-geometry'
import { letterPdf } from './letter-pdf'
import { letterPlanFor, type PlanRef } from './letter-plan'
import { mergeTemplate, type MergedLetter } from './merge-template'

/** A template filled for one client on one date, ready to print or send. */
export interface ComposedLetter {
  template: TemplateRow
  data: LetterData
  letter: MergedLetter
}

export type Composition = { ok: true; composed: ComposedLetter } | { ok: false; problems: MergeProblem[] }

export const WINDOW_SETTING = 'letters.windowSide'

export function windowSideOf(db: Db): WindowSide {
  return readSetting<WindowSide>(db, WINDOW_SETTING, 'right')
}

/**
 * Reads what the letter needs and fills the template. `invoices` is the reminder
 * action's choice when there is one; otherwise the template's own scope on the date. A
 * plan's letter (agreement, instalment reminders) prints the plan named, the plan of the
 * instalment a reminder concerns, or else the client's current plan, and its invoices.
 */
export function composeLetter(
  db: Db,
  request: { clientId: number; template: TemplateRow; asOf: IsoDate; invoiceIds?: number[]; plan?: PlanRef },
): Composition {
  const scope = builtinTemplate(request.template.code)?.invoiceScope ?? 'overdue'
  const planned = request.plan || scope === 'plan' ? letterPlanFor(db, request.plan ?? { clientId: request.clientId }, request.asOf) : null
  const which: LetterInvoices = request.invoiceIds
    ? { invoiceIds: request.invoiceIds }
    : scope === 'plan'
      ? { invoiceIds: planned?.invoiceIds ?? [] }
      : { scope }
  const data = letterDataOf(db, request.clientId, request.asOf, which, planned?.plan ?? null)
  if (!data) throw new DomainError('NOT_FOUND', "Ce client n'existe pas (ou plus).")
  const merged = mergeTemplate(request.template, data)
  return merged.ok ? { ok: true, composed: { template: request.template, data, letter: merged.letter } } : merged
}

export function composedPdf(composed: ComposedLetter, window: WindowSide): Promise<Buffer> {
  return letterPdf(composed.letter, composed.data, { channel: composed.template.channel, window })
}

export type PrintedDocument = { ok: true; pdf: Buffer } | { ok: false; problems: MergeProblem[] }

/**
 * The PDF that goes with a composed template: the letter itself, or for an e-mail the
 * letter of the same step (`email-relance-2` → `relance-2`), whose tables and penalty
 * statement the e-mail announces as attached; an e-mail with no such letter is printed
 * as it is.
 */
export async function printedDocument(db: Db, composed: ComposedLetter, invoiceIds?: number[], plan?: PlanRef): Promise<PrintedDocument> {
  const window = windowSideOf(db)
  const companion = composed.template.channel === 'email' ? templateByCode(db, composed.template.code.replace(/^email-/, '')) : undefined
  if (!companion || companion.channel === 'email' || companion.channel === 'phone') return { ok: true, pdf: await composedPdf(composed, window) }
  const letter = composeLetter(db, { clientId: composed.data.client.id, template: companion, asOf: composed.data.asOf, invoiceIds, ...(plan ? { plan } : {}) })
  return letter.ok ? { ok: true, pdf: await composedPdf(letter.composed, window) } : letter
}

/** The refusal of a letter that cannot be filled: every missing field named, in French. */
export function incompleteLetter(problems: MergeProblem[], templateName: string): DomainError {
  return new DomainError(
    'VALIDATION',
    `Le courrier « ${templateName} » ne peut pas être établi : ${problems.map((problem) => problem.message).join(' ')}`,
    { problems },
  )
}
