import type Database from 'better-sqlite3'
import type { Dossier } from '../open-dossier'
import { DomainError } from '../../../src-shared/result'

/** Follow-up the user records on invoices: undoing an import must never delete it silently. */
const WORK_ON_INVOICES = [
  ['disputes', 'litige(s)'],
  ['promise_invoices', 'promesse(s) de paiement'],
  ['reminder_action_invoices', 'relance(s)'],
  ['plan_invoices', 'échéancier(s)'],
  ['activities', 'note(s) ou événement(s) de suivi'],
] as const

/**
 * Undoes one import inside the caller's transaction: deletes what it created (its
 * allocations, payments, documents, then clients) and puts back the rows it changed.
 * Refused, with nothing changed, when work done since depends on what it created: a
 * payment entered by hand on an imported invoice, a dispute, a note, a reminder.
 */
export function undoImport({ sqlite }: Pick<Dossier, 'sqlite'>, batchId: number, undoneAt: string): void {
  const created = (table: string) => `SELECT id FROM ${table} WHERE import_batch_id = ${batchId}`
  const blockers: string[] = []
  for (const [table, label] of WORK_ON_INVOICES) {
    const n = sqlite.prepare(`SELECT count(*) FROM ${table} WHERE invoice_id IN (${created('invoices')})`).pluck().get() as number
    if (n > 0) blockers.push(`${n} ${label}`)
  }
  const foreignAllocations = sqlite
    .prepare(
      `SELECT count(*) FROM allocations a
       WHERE (a.invoice_id IN (${created('invoices')}) OR a.credit_note_id IN (${created('invoices')}))
         AND (a.payment_id IS NULL OR a.payment_id NOT IN (${created('payments')}))
         AND (a.credit_note_id IS NULL OR a.credit_note_id NOT IN (${created('invoices')}))
         AND a.id NOT IN (SELECT row_id FROM import_undo_log WHERE batch_id = ${batchId} AND table_name = 'allocations')`,
    )
    .pluck()
    .get() as number
  if (foreignAllocations > 0) blockers.push(`${foreignAllocations} affectation(s) de règlement saisie(s) depuis`)
  const clientWork = sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM invoices WHERE client_id IN (${created('clients')}) AND coalesce(import_batch_id, 0) <> ${batchId})
            + (SELECT count(*) FROM payments WHERE client_id IN (${created('clients')}) AND coalesce(import_batch_id, 0) <> ${batchId})
            + (SELECT count(*) FROM activities WHERE client_id IN (${created('clients')}))`,
    )
    .pluck()
    .get() as number
  if (clientWork > 0) blockers.push(`${clientWork} pièce(s), règlement(s) ou note(s) ajoutés depuis sur les clients créés`)
  if (blockers.length > 0) {
    throw new DomainError(
      'CONFLICT',
      `Cet import ne peut plus être annulé : des données saisies depuis en dépendent (${blockers.join(', ')}). ` +
        'Supprimez-les d’abord si vous voulez vraiment revenir en arrière.',
    )
  }

  sqlite.exec(`DELETE FROM allocations WHERE id IN (SELECT row_id FROM import_undo_log WHERE batch_id = ${batchId} AND table_name = 'allocations')`)
  sqlite.exec(`DELETE FROM payments WHERE import_batch_id = ${batchId}`)
  // Credit notes first: their allocations to this import's invoices go with them.
  sqlite.exec(`DELETE FROM invoices WHERE import_batch_id = ${batchId} AND kind = 'credit_note'`)
  sqlite.exec(`DELETE FROM invoices WHERE import_batch_id = ${batchId}`)
  restoreChangedRows(sqlite, batchId)
  sqlite.exec(`DELETE FROM contacts WHERE client_id IN (${created('clients')})`)
  sqlite.exec(`DELETE FROM contacts WHERE id IN (SELECT row_id FROM import_undo_log WHERE batch_id = ${batchId} AND table_name = 'contacts')`)
  sqlite.exec(`DELETE FROM clients WHERE import_batch_id = ${batchId}`)
  sqlite.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?').run(undoneAt, batchId)
}

/** Rows the import updated get their columns back, newest change first. */
function restoreChangedRows(sqlite: Database.Database, batchId: number): void {
  const changes = sqlite
    .prepare(`SELECT table_name AS tableName, row_id AS rowId, before FROM import_undo_log
              WHERE batch_id = ? AND before IS NOT NULL ORDER BY id DESC`)
    .all(batchId) as { tableName: 'clients' | 'invoices' | 'payments'; rowId: number; before: string }[]
  for (const change of changes) {
    const row = JSON.parse(change.before) as Record<string, unknown>
    // The caches are the triggers' business: writing them back would double-count.
    const columns = Object.keys(row).filter((column) => !['id', 'settled_cents', 'allocated_cents'].includes(column))
    sqlite
      .prepare(`UPDATE ${change.tableName} SET ${columns.map((column) => `${column} = @${column}`).join(', ')} WHERE id = @id`)
      .run({ ...Object.fromEntries(columns.map((column) => [column, row[column]])), id: change.rowId })
  }
}
