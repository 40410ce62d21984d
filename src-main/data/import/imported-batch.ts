import type Database from 'better-sqlite3'

/** The batch that imported a file with this content (and was not undone), if any. */
export function importedBatchOf(sqlite: Database.Database, fileHash: string): number | null {
  const id = sqlite
    .prepare('SELECT id FROM import_batches WHERE file_hash = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1')
    .pluck()
    .get(fileHash) as number | undefined
  return id ?? null
}
