import type Database from 'better-sqlite3'

/**
 * Validated reminder actions as the reminders issue (#11) writes them: one row in
 * `reminder_actions` with its template and channel, and the invoices it covers with their
 * balance, inserted through the real schema.
 */
export function validatedAction(
  sqlite: Database.Database,
  action: { clientId: number; templateCode: string; channel: 'letter' | 'registered_letter' | 'email'; invoiceIds: number[]; plannedOn?: string },
): number {
  const templateId = (sqlite.prepare('SELECT id FROM templates WHERE code = ?').get(action.templateCode) as { id: number }).id
  const id = sqlite
    .prepare(
      `INSERT INTO reminder_actions (client_id, channel, planned_on, status, dedup_key, template_id)
       VALUES (?, ?, ?, 'validated', ?, ?)`,
    )
    .run(action.clientId, action.channel, action.plannedOn ?? '2026-11-23', `${action.clientId}:${action.templateCode}:${Math.random()}`, templateId)
    .lastInsertRowid as number
  const balance = sqlite.prepare('SELECT amount_cents - settled_cents AS cents FROM invoices WHERE id = ?')
  const link = sqlite.prepare('INSERT INTO reminder_action_invoices (action_id, invoice_id, balance_cents) VALUES (?, ?, ?)')
  for (const invoiceId of action.invoiceIds) link.run(id, invoiceId, (balance.get(invoiceId) as { cents: number }).cents)
  return id
}

export function actionRow(sqlite: Database.Database, id: number): { status: string; document_pdf: Buffer | null; done_on: string | null; tracking_number: string | null } {
  return sqlite.prepare('SELECT status, document_pdf, done_on, tracking_number FROM reminder_actions WHERE id = ?').get(id) as never
}
