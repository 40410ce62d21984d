import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import type { ColumnMapping, ImportKind, ImportRejection, ImportSummary } from '../../src-shared/contract/imports'
import type { IsoDate } from '../../src-shared/dates'
import { DomainError } from '../../src-shared/result'
import { writePlan } from '../data/import/write-plan'
import { saveClientAccounts } from '../data/import/client-accounts'
import { fileAlreadyImported } from '../data/import/import-batches'
import { withLargeCache } from '../data/import/large-cache'
import { savePreset } from '../data/import/presets'
import type { Dossier } from '../data/open-dossier'
import { inTransaction } from '../data/transaction'
import type { ImportPlan } from './plan'
import { readPlan } from './read-plan'
import { sourceKindOf } from './source-kind'

export interface ImportRequest {
  path: string
  /** The name the user knows the file by (an upload is staged under another name). */
  fileName: string
  /** The instant the import was asked for (the caller's ctx.now()), stamped on its batch: a job runs in its own thread, without ctx. */
  importedAt: string
  kind?: ImportKind
  mapping?: ColumnMapping
  acceptValid: boolean
  asOf?: IsoDate
  saveAsPreset?: string
  /** FEC: client account prefixes for this import and the next ones; the dossier's setting when absent. */
  clientAccounts?: string
}

/** Reading: bytes of the file read so far; writing: rows written so far. */
export interface ImportProgress {
  phase: 'reading' | 'writing'
  done: number
  total: number
}

export interface ImportOptions {
  /** Stops the reading of the file. */
  signal?: AbortSignal
  /** Asked between rows while writing: true rolls the transaction back, and nothing is written. */
  cancelRequested?: () => boolean
  onProgress?: (progress: ImportProgress) => void
}

/** Rejections listed in a refusal's message; the details carry them all. */
const SHOWN_IN_MESSAGE = 5

/**
 * Imports one file into the dossier: reads it whole (streaming, cancellable), refuses it
 * with every bad line named unless asked to keep the valid ones, then writes it in one
 * transaction. A file already imported as is changes nothing.
 */
export async function runImport(
  dossier: Dossier,
  request: ImportRequest,
  today: IsoDate,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const kind = request.kind ?? (await sourceKindOf(request.path))
  // A first pass over the file, for its hash: a file already imported is answered without parsing it.
  const fileHash = await hashOf(request.path, options.signal)
  if (fileAlreadyImported(dossier, fileHash)) return { ...nothingImported(request.fileName, kind), alreadyImported: true }

  const onBytes = (done: number, total: number) => options.onProgress?.({ phase: 'reading', done, total })
  const plan = await readPlan(dossier, { ...request, kind }, { signal: options.signal, onBytes })
  if (plan.rejected.length > 0 && !request.acceptValid) throw refusal(plan.rejected)
  options.signal?.throwIfAborted()

  options.onProgress?.({ phase: 'writing', done: 0, total: 0 })
  const summary = withLargeCache(dossier, () => inTransaction(dossier, () => {
    // Asked again under the write lock: another program may have imported this file while it was read here.
    if (fileAlreadyImported(dossier, fileHash)) return { ...nothingImported(request.fileName, kind), alreadyImported: true }
    const written = writePlan(dossier, plan, {
      kind,
      fileName: request.fileName,
      fileHash,
      importedAt: request.importedAt,
      settledOn: request.asOf ?? today,
      onProgress: (done, total) => options.onProgress?.({ phase: 'writing', done, total }),
      beforeRow: () => {
        if (options.cancelRequested?.()) throw new DOMException('Import annulé pendant l’enregistrement.', 'AbortError')
      },
    })
    if (written.rejected.length > plan.rejected.length && !request.acceptValid) throw refusal(written.rejected)
    if (request.saveAsPreset && request.mapping) savePreset(dossier, request.saveAsPreset, request.mapping, plan.columnHeaders, request.importedAt)
    if (kind === 'fec' && request.clientAccounts) saveClientAccounts(dossier, request.clientAccounts)
    return written
  }))
  if (plan.rejectedSource.lines.size > 0) {
    summary.rejectedFile = await writeRejectedLines(dirname(request.path), request.fileName, plan.rejectedSource)
  }
  return summary
}

function nothingImported(fileName: string, kind: ImportKind): ImportSummary {
  return {
    batchId: null,
    fileName,
    kind,
    clients: { created: 0, updated: 0 },
    invoices: { created: 0, updated: 0, settled: 0 },
    creditNotes: { created: 0 },
    payments: { created: 0 },
    rejected: [],
    repaired: [],
    repairedCount: 0,
    rejectedFile: null,
    alreadyImported: false,
  }
}

function refusal(rejected: ImportRejection[]): DomainError {
  const where = (rejection: ImportRejection) =>
    [rejection.line > 0 ? `ligne ${rejection.line}` : null, rejection.column ? `colonne « ${rejection.column} »` : null]
      .filter(Boolean)
      .join(', ')
  const lines = rejected.slice(0, SHOWN_IN_MESSAGE).map((rejection) => {
    const place = where(rejection)
    return place ? `${place[0]?.toUpperCase()}${place.slice(1)} : ${rejection.message}` : rejection.message
  })
  const more = rejected.length > SHOWN_IN_MESSAGE ? `\n… et ${rejected.length - SHOWN_IN_MESSAGE} autre(s).` : ''
  return new DomainError(
    'IMPORT_FORMAT',
    `${rejected.length} erreur(s) dans le fichier : rien n’a été importé.\n${lines.join('\n')}${more}`,
    { rejected },
  )
}

async function hashOf(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, { signal })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** The refused lines, verbatim under the file's header, beside the source: fix them and import that file. */
async function writeRejectedLines(folder: string, fileName: string, { header, lines }: ImportPlan['rejectedSource']): Promise<string> {
  // A workbook's rejected rows are written as a French CSV (spreadsheet-plan.ts): named so.
  const extension = extname(fileName).toLowerCase() === '.xlsx' ? '.csv' : extname(fileName)
  const target = join(folder, `${basename(fileName, extname(fileName))}.rejets${extension || '.txt'}`)
  const body = [header, ...[...lines].sort(([a], [b]) => a - b).map(([, text]) => text)].join('\r\n')
  await writeFile(target, `\ufeff${body}\r\n`, 'utf8')
  return target
}
