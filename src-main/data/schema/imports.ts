import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core'
import { id, timestamps } from './columns'

/** One import of a file (or of the demonstration data): what came in, so it can be undone. */
export const importBatches = sqliteTable('import_batches', {
  id: id(),
  kind: text('kind', { enum: ['csv', 'xlsx', 'fec', 'demo'] }).notNull(),
  fileName: text('file_name').notNull(),
  fileHash: text('file_hash').notNull(),
  /** JSON summary: created / updated / settled counts. */
  counts: text('counts').notNull(),
  importedAt: text('imported_at').notNull(),
  undoneAt: text('undone_at'),
  ...timestamps,
})

/** A saved column mapping for a spreadsheet source ("Export Sage clients"). */
export const importMappings = sqliteTable('import_mappings', {
  id: id(),
  name: text('name').notNull().unique(),
  target: text('target', { enum: ['clients', 'invoices', 'payments'] }).notNull(),
  /** JSON: column header → field, plus the detected formats. */
  mapping: text('mapping').notNull(),
  usedCount: integer('used_count').notNull().default(0),
  ...timestamps,
})
