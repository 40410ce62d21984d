import { z } from 'zod'
import { defineChannel } from './channel'
import type { ExportedFile } from './exported-file'
import { isoDate, requiredText } from './fields'

export const IMPORT_KINDS = ['csv', 'xlsx', 'fec'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export const IMPORT_TARGETS = ['clients', 'invoices', 'payments'] as const
export type ImportTarget = (typeof IMPORT_TARGETS)[number]

export const AMOUNT_DECIMALS = [',', '.'] as const
export const DATE_FORMATS = ['dd/mm/yyyy', 'dd/mm/yy', 'yyyy-mm-dd', 'yyyymmdd', 'dd-mm-yyyy', 'dd.mm.yyyy'] as const
export type ImportDateFormat = (typeof DATE_FORMATS)[number]

/** A line of the file that was not imported, and why (in French). */
export interface ImportRejection {
  /** Line in the file (1 = first line, the header of a spreadsheet). */
  line: number
  /** Column header as written in the file, when the reason is one cell. */
  column: string | null
  message: string
}

/** A line read after a repair (a separator inside a label put back into it), and what was done. */
export interface ImportRepair {
  line: number
  message: string
}

/** What an import did, as the CLI prints it and the import screen shows it. */
export interface ImportSummary {
  batchId: number | null
  fileName: string
  /** 'demo' for the demonstration dossier, which the history lists like an import. */
  kind: ImportKind | 'demo'
  clients: { created: number; updated: number }
  invoices: { created: number; updated: number; settled: number }
  creditNotes: { created: number }
  payments: { created: number }
  rejected: ImportRejection[]
  /** Lines read only after a repair, each named (the first 500): the user can check them in the source. */
  repaired: ImportRepair[]
  repairedCount: number
  /** Where the rejected lines were written, beside the source, when asked. */
  rejectedFile: string | null
  /** True when the file had already been imported as is: nothing was written. */
  alreadyImported: boolean
}

/** How the columns of a spreadsheet are read: field per column, and the number and date formats. */
export const columnMappingSchema = z.object({
  target: z.enum(IMPORT_TARGETS),
  /** One entry per column of the file: the field it feeds, or null to ignore it. */
  columns: z.array(z.string().nullable()),
  decimal: z.enum(AMOUNT_DECIMALS),
  dateFormat: z.enum(DATE_FORMATS),
  /** 1-based line of the column headers (exports sometimes start with a title). */
  headerLine: z.number().int().min(1).max(50).default(1),
})
export type ColumnMapping = z.output<typeof columnMappingSchema>

export interface ImportFieldInfo {
  key: string
  label: string
  required: boolean
}

export interface ImportPreview {
  uploadId: string
  fileName: string
  kind: ImportKind
  /** Spreadsheets only. */
  encoding: string | null
  separator: string | null
  headers: string[]
  /** The first rows after the header, as text. */
  rows: string[][]
  /** Proposed reading: from a saved preset matching these headers, else guessed. */
  mapping: ColumnMapping | null
  /** FEC: the beginnings of client account numbers this dossier reads as clients ("411,416"). */
  clientAccounts: string
  /** The columns as read from their headers for each kind of data, to switch kind without losing them. */
  proposals: Record<ImportTarget, (string | null)[]>
  presetName: string | null
  fields: Record<ImportTarget, ImportFieldInfo[]>
}

/** What reading the whole file found, before anything is written (the review screen). */
export interface ImportCheck {
  /** Lines read, header included. */
  lineCount: number
  /** What the file holds, as it would be imported. */
  clients: number
  invoices: number
  creditNotes: number
  payments: number
  /** The first errors, with line, column and the value in the message… */
  rejected: ImportRejection[]
  /** …and the number of lines in error. */
  rejectedLineCount: number
  /** The first lines read after a repair, and how many in all. */
  repaired: ImportRepair[]
  repairedCount: number
}

export type ImportJobState = 'reading' | 'writing' | 'done' | 'failed' | 'cancelled'

export interface ImportJob {
  jobId: string
  state: ImportJobState
  /** Reading: bytes of the file read; writing: rows written into the dossier (0 of 0 until the first count). */
  bytesRead: number
  totalBytes: number
  summary: ImportSummary | null
  error: { code: string; message: string; rejected: ImportRejection[] } | null
}

export interface ImportBatchRow {
  id: number
  kind: string
  fileName: string
  importedAt: string
  undoneAt: string | null
  summary: ImportSummary
}

export interface ImportPreset {
  name: string
  mapping: ColumnMapping
}

const importOptions = {
  kind: z.enum(IMPORT_KINDS).optional(),
  mapping: columnMappingSchema.optional(),
  /** Import the valid lines and write the rejected ones beside the source, instead of refusing the file. */
  acceptValid: z.boolean().default(false),
  /** FEC: lines written after this date, and lettering done after it, are left out. */
  asOf: isoDate('La date de situation').optional(),
  /** Saves the mapping under this name for the next file of the same source. */
  saveAsPreset: z.string().trim().min(1).max(80).optional(),
  /** FEC: the beginnings of client account numbers ("411, 416"), kept for the next imports. */
  clientAccounts: z
    .string()
    .trim()
    .regex(/^\d{1,8}(\s*,\s*\d{1,8})*$/, {
      error: 'Les comptes clients s’écrivent comme des débuts de numéros de compte séparés par des virgules, par exemple « 411, 416 ».',
    })
    .optional(),
}

export const importsChannels = {
  /**
   * Receives a file from the renderer in pieces (base64), kept in the application's
   * folder until it is imported: both transports carry the same bytes this way.
   */
  'imports.upload': defineChannel<{ uploadId: string; receivedBytes: number }>()(
    z.object({
      uploadId: z.string().regex(/^[a-f0-9-]{36}$/).optional(),
      fileName: requiredText('Le nom du fichier', 255),
      chunkBase64: z.string().max(12_000_000),
    }),
  ),
  /** The first rows and a proposed reading; `headerLine` reads the headers from that line instead of finding them. */
  'imports.preview': defineChannel<ImportPreview>()(
    z.object({ uploadId: z.string().regex(/^[a-f0-9-]{36}$/), headerLine: z.number().int().min(1).max(50).optional() }),
  ),
  /** Starts reading and writing an uploaded file; follow it with imports.job. */
  'imports.start': defineChannel<{ jobId: string }>()(
    z.object({ uploadId: z.string().regex(/^[a-f0-9-]{36}$/), ...importOptions }),
  ),
  /** Reads and checks every line as « Importer » would, writing nothing (the review screen). */
  'imports.check': defineChannel<ImportCheck>()(
    z.object({
      uploadId: z.string().regex(/^[a-f0-9-]{36}$/),
      mapping: importOptions.mapping,
      asOf: importOptions.asOf,
      clientAccounts: importOptions.clientAccounts,
    }),
  ),
  'imports.job': defineChannel<ImportJob>()(z.object({ jobId: z.string().min(1) })),
  /** Stops a job while it reads; once it writes, the transaction finishes or fails whole. */
  'imports.cancel': defineChannel<ImportJob>()(z.object({ jobId: z.string().min(1) })),
  /** Imports a file from a path on this machine and waits for the end (command line). */
  'imports.run': defineChannel<ImportSummary>()(z.object({ path: requiredText('Le chemin du fichier', 4096), ...importOptions })),
  /** The lines a finished job set aside, under the file's header, to save, fix and import again. */
  'imports.rejectedFile': defineChannel<ExportedFile>()(z.object({ jobId: z.string().min(1) })),
  'imports.history': defineChannel<ImportBatchRow[]>()(z.object({})),
  /** Undoes the most recent import not yet undone, if nothing since depends on it. */
  'imports.undoLast': defineChannel<ImportBatchRow>()(z.object({})),
  'imports.presets': defineChannel<ImportPreset[]>()(z.object({})),
}
