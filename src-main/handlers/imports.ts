import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import type { ImportBatchRow, importsChannels, ImportSummary } from '../../src-shared/contract/imports'
import { DomainError } from '../../src-shared/result'
import { importBatches, lastBatchNotUndone, type StoredBatch } from '../data/import/import-batches'
import { listPresets } from '../data/import/presets'
import { undoImport } from '../data/import/undo-import'
import { checkImport } from '../import/check-import'
import { backupNow } from '../backups/backup-now'
import { importJobOf } from '../import/import-job-status'
import { previewOf } from '../import/preview'
import { runImport } from '../import/run-import'
import { stageChunk, stagedFile } from '../import/uploads'
import type { HandlersOf } from './handler'
import { mutation } from './mutation'

function batchRow(batch: StoredBatch): ImportBatchRow {
  const { counts: _counts, ...fields } = batch
  return { ...fields, summary: summaryOf(batch) }
}

/** A batch's counts as stored: an import's summary, or the demonstration's plain figures. */
function summaryOf(batch: StoredBatch): ImportSummary {
  if (batch.kind !== 'demo') return { ...batch.counts, rejected: [], repaired: [] }
  const demo = batch.counts
  return {
    batchId: null,
    fileName: batch.fileName,
    kind: 'demo',
    clients: { created: demo.clients, updated: 0 },
    invoices: { created: demo.invoices, updated: 0, settled: 0 },
    creditNotes: { created: demo.creditNotes },
    payments: { created: demo.payments },
    rejected: [],
    repaired: [],
    repairedCount: 0,
    rejectedFile: null,
    alreadyImported: false,
  }
}

export const importHandlers = {
  'imports.upload': (ctx, input) =>
    stageChunk(ctx.paths.uploadsFolder, input.uploadId, input.fileName, Buffer.from(input.chunkBase64, 'base64')),

  'imports.preview': (ctx, input) => {
    const staged = stagedFile(ctx.paths.uploadsFolder, input.uploadId)
    return previewOf(ctx.dossier, staged.path, staged.fileName, input.uploadId, input.headerLine)
  },

  'imports.start': (ctx, { uploadId, ...options }) => {
    const staged = stagedFile(ctx.paths.uploadsFolder, uploadId)
    const request = { ...options, path: staged.path, fileName: staged.fileName, importedAt: ctx.now() }
    return { jobId: ctx.jobs.start('import', request, { dossierPath: ctx.dossier.path, today: ctx.today() }) }
  },

  'imports.check': (ctx, { uploadId, ...options }) =>
    checkImport(ctx.dossier, { ...options, path: stagedFile(ctx.paths.uploadsFolder, uploadId).path }),

  'imports.job': (ctx, input) => importJobOf(ctx.jobs.status(input.jobId, 'import')),

  'imports.cancel': (ctx, input) => importJobOf(ctx.jobs.cancel(input.jobId, 'import')),

  /** Without a mapping, a spreadsheet is read as the import screen would first propose. */
  'imports.run': async (ctx, { path, ...options }) => {
    const absolute = resolve(path)
    if (!existsSync(absolute) || !statSync(absolute).isFile()) {
      throw new DomainError('NOT_FOUND', `Fichier introuvable ou illisible : ${absolute}`)
    }
    const fileName = basename(absolute)
    const mapping = options.mapping ?? (await previewOf(ctx.dossier, absolute, fileName, '')).mapping ?? undefined
    await backupNow(ctx, 'avant-import')
    return runImport(ctx.dossier, { ...options, mapping, path: absolute, fileName, importedAt: ctx.now() }, ctx.today())
  },

  'imports.rejectedFile': (ctx, input) => {
    const path = ctx.jobs.status(input.jobId, 'import').output?.rejectedFile
    // Only a file this core wrote for an upload, in its own folder, is handed back.
    if (!path || dirname(path) !== resolve(ctx.paths.uploadsFolder) || !existsSync(path)) {
      throw new DomainError('NOT_FOUND', 'Aucune ligne mise de côté pour cet import (ou fichier déjà effacé).')
    }
    return { fileName: basename(path), mimeType: 'text/csv;charset=utf-8', base64: readFileSync(path).toString('base64') }
  },

  'imports.history': (ctx) => importBatches(ctx.dossier).map(batchRow),

  'imports.undoLast': mutation((ctx) => {
    const last = lastBatchNotUndone(ctx.dossier)
    if (!last) throw new DomainError('NOT_FOUND', 'Aucun import à annuler.')
    const undoneAt = ctx.now()
    undoImport(ctx.dossier, last.id, undoneAt)
    return { ...batchRow(last), undoneAt }
  }),

  'imports.presets': (ctx) => listPresets(ctx.dossier),
} satisfies HandlersOf<typeof importsChannels>
