import { basename } from 'node:path'
import type { IsoDate } from '../../../src-shared/dates'
import type { JobKind } from '../../jobs/job-kind'
import { renderLetterBatch, type BatchLetter, type RefusedLetter } from './letter-batch'
import { recordPrintedLetters, type RecordedLetters } from './record-printed-letters'

/**
 * The two long steps of a print batch, each a job in a thread of its own (#9): rendering
 * a thousand letters, or storing them, never keeps the other calls waiting.
 */

const BUSY = 'Une autre opération longue est en cours (import, sauvegarde, courriers…) : attendez sa fin.'

export interface LetterBatchRequest {
  actionIds: number[]
  letterDate: IsoDate
  duplex: boolean
  folder?: string | undefined
}

export interface RenderedBatch {
  letterDate: IsoDate
  /** The merged PDF, as text so that it crosses between threads as it will cross to the page. */
  pdfBase64: string
  fileName: string
  printed: BatchLetter[]
  refused: RefusedLetter[]
  files: string[]
}

/** The chosen letters drawn into one PDF (and a file each in a folder): reads the dossier, writes nothing in it. */
export const letterBatchJob: JobKind<LetterBatchRequest, RenderedBatch> = {
  activity: 'impression de courriers',
  busyMessage: BUSY,
  run: async (request, tools) => {
    const { pdf, ...outcome } = await renderLetterBatch(
      tools.dossier.db,
      request.actionIds,
      { letterDate: request.letterDate, duplex: request.duplex, folder: request.folder },
      ({ done, total }) => tools.progress('rendering', done, total),
      tools.signal,
    )
    return { letterDate: request.letterDate, pdfBase64: pdf.toString('base64'), ...outcome }
  },
}

export interface PrintedBatch extends RecordedLetters {
  /** The backup taken first (its file name): restoring it puts the letters back in the queue. */
  backup: string
}

/** « Marquer comme imprimé »: the dossier backed up, then every letter stored on its action, in one transaction. */
export const printedLettersJob: JobKind<{ actionIds: number[]; letterDate: IsoDate }, PrintedBatch> = {
  activity: 'enregistrement de courriers imprimés',
  busyMessage: BUSY,
  run: async (input, tools) => {
    // The queue as it was before the batch, kept in the backups: a batch marked by mistake is undone by restoring it.
    const taken = await tools.backup('avant-courriers')
    const recorded = await recordPrintedLetters(tools.dossier, input.actionIds, input.letterDate, {
      onProgress: (done, total) => tools.progress('rendering', done, total),
      cancelRequested: tools.cancelRequested,
    })
    return { ...recorded, backup: basename(taken.written[0] ?? '') }
  },
}
