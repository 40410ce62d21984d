import type { letterBatchesChannels } from '../../src-shared/contract/letter-batches'
import { DomainError } from '../../src-shared/result'
import { companyOf } from '../data/queries/letter-data'
import {
  bordereauRows,
  markLetterPrinted,
  printQueue,
  registeredLetters,
  setTrackingNumber,
  storedLetterPdf,
  storedLetters,
} from '../data/queries/letter-actions'
import { inTransaction } from '../data/transaction'
import { BatchJobs } from '../documents/letters/batch-jobs'
import { actionLetterPdf, renderLetterBatch, type RefusedLetter } from '../documents/letters/letter-batch'
import { letterFileName } from '../documents/letters/letter-file-name'
import { registeredListPdf } from '../documents/letters/registered-list-pdf'
import type { HandlersOf } from './handler'

/** The print batches of this process (#9 moves long jobs to its worker; the batch function takes a signal and a callback for that). */
const batches = new BatchJobs()

const pdfFile = (fileName: string, pdf: Buffer) => ({ fileName, mimeType: 'application/pdf', base64: pdf.toString('base64') })

export const letterBatchHandlers = {
  'letters.queue': (ctx) => printQueue(ctx.db),

  'letters.startBatch': (ctx, input) => {
    const letterDate = input.letterDate ?? ctx.today()
    const options = { letterDate, duplex: input.duplex, folder: input.folder }
    return { jobId: batches.start(letterDate, input.actionIds.length, (signal, onProgress) => renderLetterBatch(ctx.db, input.actionIds, options, onProgress, signal)) }
  },

  'letters.batch': (_ctx, input) => batches.get(input.jobId),
  'letters.cancelBatch': (_ctx, input) => batches.cancel(input.jobId),

  'letters.batchPdf': (_ctx, input) => {
    const { pdf, fileName } = batches.pdf(input.jobId)
    return pdfFile(fileName, pdf)
  },

  'letters.registeredList': async (ctx, input) => {
    const rows = bordereauRows(ctx.db, input.actionIds)
    if (rows.length === 0) throw new DomainError('VALIDATION', 'Aucune lettre recommandée dans cette sélection.')
    const date = input.letterDate ?? ctx.today()
    return pdfFile(`bordereau-lrar-${date}.pdf`, await registeredListPdf(rows, companyOf(ctx.db), date))
  },

  'letters.markPrinted': async (ctx, input) => {
    // Rendered first (async), then written in one transaction: all the letters stored, or none.
    const rendered: Array<{ actionId: number; pdf: Buffer; description: string }> = []
    const refused: RefusedLetter[] = []
    for (const actionId of input.actionIds) {
      const outcome = await actionLetterPdf(ctx.db, actionId, input.letterDate)
      if ('refused' in outcome) refused.push(outcome.refused)
      else rendered.push({ actionId, ...outcome })
    }
    const printed = inTransaction(ctx.dossier, () =>
      rendered.filter((letter) => markLetterPrinted(ctx.db, letter.actionId, input.letterDate, letter.pdf, letter.description)).length,
    )
    return { printed, refused }
  },

  'letters.registered': (ctx) => registeredLetters(ctx.db),

  'letters.setTrackingNumber': (ctx, input) =>
    inTransaction(ctx.dossier, () => {
      if (!setTrackingNumber(ctx.db, input.actionId, input.trackingNumber === '' ? null : input.trackingNumber)) {
        throw new DomainError('NOT_FOUND', 'Ce courrier recommandé n’est pas imprimé (ou n’existe plus).')
      }
      return registeredLetters(ctx.db, [input.actionId])[0]!
    }),

  'letters.clientLetters': (ctx, input) => storedLetters(ctx.db, input.clientId),

  'letters.storedPdf': (ctx, input) => {
    const stored = storedLetterPdf(ctx.db, input.actionId)
    if (!stored) throw new DomainError('NOT_FOUND', 'Aucun courrier enregistré pour cette action.')
    const name = letterFileName(stored.printedOn ?? 'courrier', stored.templateCode ?? 'courrier', { code: stored.clientCode, name: stored.clientName })
    return pdfFile(name, stored.pdf)
  },
} satisfies HandlersOf<typeof letterBatchesChannels>
