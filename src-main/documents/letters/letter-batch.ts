import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatFrenchDate, type IsoDate } from '../../../src-shared/dates'
import { DomainError } from '../../../src-shared/result'
import { actionToRender } from '../../data/queries/letter-actions'
import type { Db } from '../../data/open-dossier'
import { composedPdf, composeLetter, windowSideOf, type ComposedLetter } from './compose-letter'
import { letterFileName } from './letter-file-name'
import { drawLetter, letterDocument } from './letter-pdf'

/**
 * A print batch: the chosen validated letters drawn into one PDF, each starting on a
 * recto (a blank page after a letter with an odd page count, for duplex printers), and
 * optionally each also written as its own file in a folder. A plain function with a
 * progress callback and an abort signal, so that it runs the same in the core or in a
 * worker: it yields between letters and keeps only the merged file's bytes in memory.
 */

export interface BatchOptions {
  /** The date printed on every letter; balances and penalties are computed on it. */
  letterDate: IsoDate
  duplex: boolean
  /** Where to write one PDF per letter too, named `2026-11-23_relance-2_C0042_Dupre.pdf`. */
  folder?: string | undefined
}

export interface BatchProgress {
  done: number
  total: number
}

export interface BatchLetter {
  actionId: number
  clientName: string
  pages: number
}

export interface RefusedLetter {
  actionId: number
  clientName: string
  message: string
}

export interface BatchOutcome {
  pdf: Buffer
  fileName: string
  printed: BatchLetter[]
  refused: RefusedLetter[]
  files: string[]
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

function composeAction(db: Db, actionId: number, letterDate: IsoDate): { composed: ComposedLetter } | { refused: RefusedLetter } {
  const action = actionToRender(db, actionId)
  const refuse = (message: string) => ({ refused: { actionId, clientName: action?.clientName ?? '', message } })
  if (!action) return refuse('Cette action n’existe plus.')
  if (action.status !== 'validated' || (action.channel !== 'letter' && action.channel !== 'registered_letter')) {
    return refuse('Ce courrier n’attend plus d’être imprimé.')
  }
  if (!action.template) return refuse('Aucun modèle de courrier n’est choisi pour cette action.')
  const composition = composeLetter(db, {
    clientId: action.clientId,
    template: { ...action.template, channel: action.channel },
    asOf: letterDate,
    invoiceIds: action.invoiceIds,
    ...(action.instalmentId === null ? {} : { plan: { instalmentId: action.instalmentId } }),
  })
  return composition.ok ? { composed: composition.composed } : refuse(composition.problems.map((problem) => problem.message).join(' '))
}

export async function renderLetterBatch(
  db: Db,
  actionIds: number[],
  options: BatchOptions,
  onProgress: (progress: BatchProgress) => void,
  signal: AbortSignal,
): Promise<BatchOutcome> {
  const window = windowSideOf(db)
  if (options.folder) {
    try {
      mkdirSync(options.folder, { recursive: true })
    } catch {
      throw new DomainError('VALIDATION', `Impossible de créer le dossier ${options.folder}.`, { fields: { folder: 'Dossier inaccessible.' } })
    }
  }
  const doc = letterDocument(`Courriers du ${formatFrenchDate(options.letterDate)}`, options.letterDate)
  // The bytes of flushed pages are collected as they come; the document ends after the last letter.
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  const printed: BatchLetter[] = []
  const refused: RefusedLetter[] = []
  const files: string[] = []
  for (const [index, actionId] of actionIds.entries()) {
    if (signal.aborted) {
      doc.end()
      throw new DomainError('CONFLICT', 'Impression annulée.')
    }
    const outcome = composeAction(db, actionId, options.letterDate)
    if ('refused' in outcome) {
      refused.push(outcome.refused)
    } else {
      const { composed } = outcome
      const pages = drawLetter(doc, composed.letter, composed.data, { channel: composed.template.channel, window })
      if (options.duplex && pages % 2 === 1) {
        doc.addPage()
        doc.flushPages()
      }
      printed.push({ actionId, clientName: composed.data.client.name, pages })
      if (options.folder) {
        const file = join(options.folder, letterFileName(options.letterDate, composed.template.code, composed.data.client))
        writeFileSync(file, await composedPdf(composed, window))
        files.push(file)
      }
    }
    onProgress({ done: index + 1, total: actionIds.length })
    await nextTurn()
  }
  if (printed.length === 0) {
    doc.end()
    throw new DomainError('VALIDATION', 'Aucun courrier de la sélection ne peut être imprimé.', { refused })
  }
  doc.end()
  await ended
  return { pdf: Buffer.concat(chunks), fileName: `courriers-${options.letterDate}.pdf`, printed, refused, files }
}

/** The stored copy of one printed letter: the same rendering as in the batch, alone in its file. */
export async function actionLetterPdf(db: Db, actionId: number, letterDate: IsoDate): Promise<{ pdf: Buffer; description: string } | { refused: RefusedLetter }> {
  const outcome = composeAction(db, actionId, letterDate)
  if ('refused' in outcome) return outcome
  const { composed } = outcome
  return { pdf: await composedPdf(composed, windowSideOf(db)), description: `Courrier imprimé : ${composed.template.name} (${composed.letter.subject}).` }
}
