import type { BatchJob, letterBatchesChannels, PrintedJob } from '../../src-shared/contract/letter-batches'
import { DomainError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { companyOf } from '../data/queries/letter-data'
import { bordereauRows, printQueue, registeredLetters, setTrackingNumber, storedLetterPdf, storedLetters } from '../data/queries/letter-actions'
import { inTransaction } from '../data/transaction'
import { letterFileName } from '../documents/letters/letter-file-name'
import { registeredListPdf } from '../documents/letters/registered-list-pdf'
import type { JobOutput } from '../jobs/job-kinds'
import type { JobStatus } from '../jobs/jobs'
import type { HandlersOf } from './handler'

const pdfFile = (fileName: string, pdf: Buffer) => ({ fileName, mimeType: 'application/pdf', base64: pdf.toString('base64') })

const jobOn = (ctx: Ctx) => ({ dossierPath: ctx.dossier.path, today: ctx.today() })

/** A print batch as the Courriers page follows it. */
function batchOf(status: JobStatus<JobOutput<'letters'>>): BatchJob {
  const refusedBefore = status.error?.details?.refused
  return {
    jobId: status.jobId,
    state: status.state === 'running' ? 'rendering' : status.state,
    done: status.done,
    total: status.total,
    letterDate: status.output?.letterDate ?? null,
    printed: status.output?.printed ?? [],
    // No letter could be drawn: the batch failed, and says why for each.
    refused: status.output?.refused ?? (Array.isArray(refusedBefore) ? (refusedBefore as BatchJob['refused']) : []),
    files: status.output?.files ?? [],
    error: status.error?.message ?? null,
  }
}

function printedOf(status: JobStatus<JobOutput<'letters-printed'>>): PrintedJob {
  const { jobId, state, phase, done, total, output, error } = status
  return { jobId, state, phase, done, total, printed: output?.printed ?? 0, refused: output?.refused ?? [], backup: output?.backup ?? null, error: error?.message ?? null }
}

export const letterBatchHandlers = {
  'letters.queue': (ctx) => printQueue(ctx.db),

  'letters.startBatch': (ctx, input) => {
    const request = { actionIds: input.actionIds, letterDate: input.letterDate ?? ctx.today(), duplex: input.duplex, folder: input.folder }
    return { jobId: ctx.jobs.start('letters', request, jobOn(ctx)) }
  },

  'letters.batch': (ctx, input) => batchOf(ctx.jobs.status(input.jobId, 'letters')),
  'letters.cancelBatch': (ctx, input) => batchOf(ctx.jobs.cancel(input.jobId, 'letters')),

  'letters.batchPdf': (ctx, input) => {
    const output = ctx.jobs.status(input.jobId, 'letters').output
    if (!output) throw new DomainError('CONFLICT', 'Cette impression n’est pas terminée.')
    return { fileName: output.fileName, mimeType: 'application/pdf', base64: output.pdfBase64 }
  },

  'letters.registeredList': async (ctx, input) => {
    const rows = bordereauRows(ctx.db, input.actionIds)
    if (rows.length === 0) throw new DomainError('VALIDATION', 'Aucune lettre recommandée dans cette sélection.')
    const date = input.letterDate ?? ctx.today()
    return pdfFile(`bordereau-lrar-${date}.pdf`, await registeredListPdf(rows, companyOf(ctx.db), date))
  },

  'letters.markPrinted': (ctx, input) => ({ jobId: ctx.jobs.start('letters-printed', { actionIds: input.actionIds, letterDate: input.letterDate }, jobOn(ctx)) }),
  'letters.printedJob': (ctx, input) => printedOf(ctx.jobs.status(input.jobId, 'letters-printed')),
  'letters.cancelPrinted': (ctx, input) => printedOf(ctx.jobs.cancel(input.jobId, 'letters-printed')),

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
