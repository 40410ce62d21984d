import { z } from 'zod'
import { IMPORT_KINDS } from '../../../src-shared/contract/imports'
import type { Dossier } from '../open-dossier'

/** The counts an import stores with its batch (write-plan.ts): its summary without the lists. */
const importCountsSchema = z.object({
  batchId: z.number().int().nullable(),
  fileName: z.string(),
  kind: z.enum(IMPORT_KINDS),
  clients: z.object({ created: z.number().int(), updated: z.number().int() }),
  invoices: z.object({ created: z.number().int(), updated: z.number().int(), settled: z.number().int() }),
  creditNotes: z.object({ created: z.number().int() }),
  payments: z.object({ created: z.number().int() }),
  repairedCount: z.number().int(),
  rejectedFile: z.string().nullable(),
  alreadyImported: z.boolean(),
  rejectedCount: z.number().int(),
  repairedListed: z.number().int(),
})

/** The figures the demonstration dossier stores with its batch (write-demo.ts). */
const demoCountsSchema = z.object({
  clients: z.number().int(),
  invoices: z.number().int(),
  creditNotes: z.number().int(),
  payments: z.number().int(),
  disputes: z.number().int(),
})

interface BatchFields {
  id: number
  fileName: string
  importedAt: string
  undoneAt: string | null
}

/** A batch as stored, its counts read according to what wrote it. */
export type StoredBatch =
  | (BatchFields & { kind: 'demo'; counts: z.infer<typeof demoCountsSchema> })
  | (BatchFields & { kind: z.infer<typeof importCountsSchema>['kind']; counts: z.infer<typeof importCountsSchema> })

type BatchRow = BatchFields & { kind: string; counts: string }

const SELECT_BATCHES = `SELECT id, kind, file_name AS fileName, imported_at AS importedAt, undone_at AS undoneAt, counts FROM import_batches`

function storedBatch({ counts, ...row }: BatchRow): StoredBatch {
  const stored: unknown = JSON.parse(counts)
  if (row.kind === 'demo') return { ...row, kind: 'demo', counts: demoCountsSchema.parse(stored) }
  const parsed = importCountsSchema.parse(stored)
  return { ...row, kind: parsed.kind, counts: parsed }
}

/** Every batch, the latest first: the import history. */
export function importBatches({ sqlite }: Pick<Dossier, 'sqlite'>): StoredBatch[] {
  return (sqlite.prepare(`${SELECT_BATCHES} ORDER BY id DESC`).all() as BatchRow[]).map(storedBatch)
}

/** The latest batch not undone: the one « Annuler le dernier import » takes back. */
export function lastBatchNotUndone({ sqlite }: Pick<Dossier, 'sqlite'>): StoredBatch | null {
  const row = sqlite.prepare(`${SELECT_BATCHES} WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1`).get() as BatchRow | undefined
  return row ? storedBatch(row) : null
}

/** Whether a file of this hash was imported and that import still stands. */
export function fileAlreadyImported({ sqlite }: Pick<Dossier, 'sqlite'>, fileHash: string): boolean {
  return sqlite.prepare('SELECT 1 FROM import_batches WHERE file_hash = ? AND undone_at IS NULL LIMIT 1').get(fileHash) !== undefined
}
