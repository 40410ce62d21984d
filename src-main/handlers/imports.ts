import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import type { DemoSummary } from '../../src-shared/contract/demo'
import type { ImportBatchRow, importsChannels, ImportSummary } from '../../src-shared/contract/imports'
import { DomainError } from '../../src-shared/result'
import { listPresets } from '../data/import/presets'
import { undoImport } from '../data/import/undo-import'
import { inTransaction } from '../data/transaction'
import { backupNow } from '../backups/backup-now'
import type { Ctx } from '../context'
import { importJobOf } from '../import/import-job-status'
import { previewOf } from '../import/preview'
import { runImport } from '../import/run-import'
import { stageChunk, stagedFile } from '../import/uploads'
import type { HandlersOf } from './handler'

function batches(ctx: Ctx, where = ''): ImportBatchRow[] {
  const rows = ctx.dossier.sqlite
    .prepare(`SELECT id, kind, file_name AS fileName, imported_at AS importedAt, undone_at AS undoneAt, counts
              FROM import_batches ${where} ORDER BY id DESC`)
    .all() as (Omit<ImportBatchRow, 'summary'> & { counts: string })[]
  return rows.map(({ counts, ...row }) => ({ ...row, summary: summaryOf(row, JSON.parse(counts)) }))
}

/** A batch's counts as stored: an import's summary, or the demonstration's plain figures. */
function summaryOf(row: Pick<ImportBatchRow, 'kind' | 'fileName'>, counts: Record<string, unknown>): ImportSummary {
  if (row.kind !== 'demo') return { ...(counts as unknown as ImportSummary), rejected: [] }
  const demo = counts as unknown as DemoSummary
  return {
    batchId: null,
    fileName: row.fileName,
    kind: 'demo',
    clients: { created: demo.clients, updated: 0 },
    invoices: { created: demo.invoices, updated: 0, settled: 0 },
    creditNotes: { created: demo.creditNotes },
    payments: { created: demo.payments },
    rejected: [],
    rejectedFile: null,
    alreadyImported: false,
  }
}

export const importHandlers = {
  'imports.upload': (ctx, input) =>
    stageChunk(ctx.paths.uploadsFolder, input.uploadId, input.fileName, Buffer.from(input.chunkBase64, 'base64')),

  'imports.preview': (ctx, input) => {
    const staged = stagedFile(ctx.paths.uploadsFolder, input.uploadId)
    return previewOf(ctx.dossier.sqlite, staged.path, staged.fileName, input.uploadId, input.headerLine)
  },

  'imports.start': (ctx, { uploadId, ...options }) => {
    const staged = stagedFile(ctx.paths.uploadsFolder, uploadId)
    const request = { ...options, path: staged.path, fileName: staged.fileName }
    return { jobId: ctx.jobs.start('import', request, { dossierPath: ctx.dossier.path, today: ctx.today() }) }
  },

  'imports.job': (ctx, input) => importJobOf(ctx.jobs.status(input.jobId, 'import')),

  'imports.cancel': (ctx, input) => importJobOf(ctx.jobs.cancel(input.jobId, 'import')),

  /** Without a mapping, a spreadsheet is read as the import screen would first propose. */
  'imports.run': async (ctx, { path, ...options }) => {
    const absolute = resolve(path)
    if (!existsSync(absolute) || !statSync(absolute).isFile()) {
      throw new DomainError('NOT_FOUND', `Fichier introuvable ou illisible : ${absolute}`)
    }
    const fileName = basename(absolute)
    const mapping = options.mapping ?? (await previewOf(ctx.dossier.sqlite, absolute, fileName, '')).mapping ?? undefined
    await backupNow(ctx, 'avant-import')
    return runImport(ctx.dossier, { ...options, mapping, path: absolute, fileName }, ctx.today())
  },

  'imports.rejectedFile': (ctx, input) => {
    const path = ctx.jobs.status(input.jobId, 'import').output?.rejectedFile
    // Only a file this core wrote for an upload, in its own folder, is handed back.
    if (!path || dirname(path) !== resolve(ctx.paths.uploadsFolder) || !existsSync(path)) {
      throw new DomainError('NOT_FOUND', 'Aucune ligne mise de côté pour cet import (ou fichier déjà effacé).')
    }
    return { fileName: basename(path), mimeType: 'text/csv;charset=utf-8', base64: readFileSync(path).toString('base64') }
  },

  'imports.history': (ctx) => batches(ctx),

  'imports.undoLast': (ctx) =>
    inTransaction(ctx.dossier, () => {
      const [last] = batches(ctx, 'WHERE undone_at IS NULL')
      if (!last) throw new DomainError('NOT_FOUND', 'Aucun import à annuler.')
      undoImport(ctx.dossier.sqlite, last.id, new Date().toISOString())
      return { ...last, undoneAt: new Date().toISOString() }
    }),

  'imports.presets': (ctx) => listPresets(ctx.dossier.sqlite),
} satisfies HandlersOf<typeof importsChannels>
