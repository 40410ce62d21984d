import { z } from 'zod'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'
import type { ExportedFile } from './exported-file'
import { entityId, isoDate } from './fields'

/** The Courriers page: validated letters waiting to be printed, print batches, registered letters to number. */

export interface QueuedLetter {
  actionId: number
  clientId: number
  clientCode: string
  clientName: string
  channel: 'letter' | 'registered_letter'
  plannedOn: IsoDate
  templateCode: string | null
  templateName: string | null
  invoiceCount: number
  balanceCents: number
}

export interface BatchJob {
  jobId: string
  state: 'rendering' | 'done' | 'failed' | 'cancelled'
  done: number
  total: number
  /** The date printed on the letters; known once the batch is done. */
  letterDate: IsoDate | null
  /** Letters in the merged PDF, in its order. */
  printed: Array<{ actionId: number; clientName: string; pages: number }>
  /** Letters left out, with what prevents them (a field the dossier lacks…). */
  refused: Array<{ actionId: number; clientName: string; message: string }>
  /** One file per letter, when a folder was chosen. */
  files: string[]
  error: string | null
}

/** « Marquer comme imprimé », run in the background: the dossier backed up, then each letter stored with its action. */
export interface PrintedJob {
  jobId: string
  state: 'running' | 'done' | 'failed' | 'cancelled'
  /** 'backup' while the dossier is backed up, then 'rendering' letter by letter; '' before the first report. */
  phase: string
  done: number
  total: number
  printed: number
  refused: BatchJob['refused']
  /** The backup taken before anything was marked (file name): restoring it undoes the batch. */
  backup: string | null
  error: string | null
}

export interface RegisteredLetter {
  actionId: number
  clientCode: string
  clientName: string
  printedOn: IsoDate | null
  templateName: string | null
  trackingNumber: string | null
}

export interface StoredLetter {
  actionId: number
  printedOn: IsoDate | null
  channel: string
  status: string
  templateCode: string | null
  templateName: string | null
  trackingNumber: string | null
}

const actionIds = z.array(entityId).min(1, { error: 'Choisissez au moins un courrier.' }).max(10_000)
const jobId = z.object({ jobId: z.string().min(1) })

/** La Poste's numbers: two characters then eleven digits (« 1A 123 456 7890 1 »); spaces are dropped. */
const trackingNumber = z
  .string()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine((value) => value === '' || /^[0-9A-Z]{2}\d{11}$/.test(value), {
    error: 'Numéro de recommandé invalide : 13 caractères, comme 1A 123 456 7890 1.',
  })

export const letterBatchesChannels = {
  'letters.queue': defineChannel<QueuedLetter[]>()(z.object({})),
  /** Starts rendering the chosen letters into one PDF, in the background; the page polls `letters.batch`. */
  'letters.startBatch': defineChannel<{ jobId: string }>()(
    z.object({
      actionIds,
      duplex: z.boolean().default(true),
      folder: z.string().trim().max(1000).optional(),
      letterDate: isoDate('La date des courriers').optional(),
    }),
  ),
  'letters.batch': defineChannel<BatchJob>()(jobId),
  'letters.cancelBatch': defineChannel<BatchJob>()(jobId),
  /** The merged PDF of a finished batch. */
  'letters.batchPdf': defineChannel<ExportedFile>()(jobId),
  /** The bordereau of the registered letters among these actions, with a box for each number. */
  'letters.registeredList': defineChannel<ExportedFile>()(z.object({ actionIds, letterDate: isoDate('La date des courriers').optional() })),
  /**
   * « Marquer comme imprimé », in the background after a backup of the dossier: each letter's
   * PDF stored on its action, which becomes `printed`; the page polls `letters.printedJob`.
   */
  'letters.markPrinted': defineChannel<{ jobId: string }>()(z.object({ actionIds, letterDate: isoDate('La date des courriers') })),
  'letters.printedJob': defineChannel<PrintedJob>()(jobId),
  'letters.cancelPrinted': defineChannel<PrintedJob>()(jobId),
  'letters.registered': defineChannel<RegisteredLetter[]>()(z.object({})),
  'letters.setTrackingNumber': defineChannel<RegisteredLetter>()(z.object({ actionId: entityId, trackingNumber })),
  'letters.clientLetters': defineChannel<StoredLetter[]>()(z.object({ clientId: entityId })),
  /** A letter as it was printed, byte for byte. */
  'letters.storedPdf': defineChannel<ExportedFile>()(z.object({ actionId: entityId })),
}
