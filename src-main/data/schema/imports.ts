import { index, sqliteTable, text, integer } from 'drizzle-orm/sqlite-core'
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

/**
 * What an import changed in rows that existed before it: the row as it was, so that
 * undoing the import puts it back. Rows the import created carry its batch id instead.
 */
export const importUndoLog = sqliteTable(
  'import_undo_log',
  {
    id: id(),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    tableName: text('table_name', { enum: ['clients', 'invoices', 'payments', 'allocations', 'contacts'] }).notNull(),
    rowId: integer('row_id').notNull(),
    /** JSON of the row's columns before the import; null when the import deleted nothing but added the row. */
    before: text('before'),
  },
  (t) => [index('import_undo_log_batch').on(t.batchId)],
)
