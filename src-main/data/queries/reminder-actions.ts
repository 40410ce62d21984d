import { sql, type SQL } from 'drizzle-orm'
import type { ReminderActionView, ReminderChannel, ReminderStatus } from '../../../src-shared/contract/dunning'
import type { IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { reminderActionInvoices, reminderActions } from '../schema'

export interface NewReminderAction {
  clientId: number
  /** Null for a payment plan's reminder, which is no scenario step. */
  stepId: number | null
  channel: ReminderChannel
  status: ReminderStatus
  plannedOn: IsoDate
  dedupKey: string
  stepPosition: number | null
  level: number | null
  templateCode: string
  stepLabel: string
  amountDueCents: number
  note?: string
  /** A payment plan's reminder: the instalment it is about. */
  instalmentId?: number
  invoices: Array<{ invoiceId: number; balanceCents: number; stepPosition: number | null }>
}

/**
 * Records an action and its invoices; null when an action with the same key exists already:
 * the unique `dedup_key` makes a second action for the same client, step and invoices impossible.
 */
export function insertReminderAction(db: Db, action: NewReminderAction): number | null {
  const { invoices, ...row } = action
  const inserted = db.insert(reminderActions).values(row).onConflictDoNothing({ target: reminderActions.dedupKey }).returning({ id: reminderActions.id }).get()
  if (!inserted) return null
  db.insert(reminderActionInvoices)
    .values(invoices.map((invoice) => ({ actionId: inserted.id, ...invoice })))
    .run()
  return inserted.id
}

/** Actions as screens show them, filtered by `where` on the alias `a` (reminder_actions) and `c` (clients). */
function reminderActionViews(db: Db, where: SQL, order: SQL = sql`a.planned_on DESC, a.id DESC`, limit = 100_000, offset = 0): ReminderActionView[] {
  const rows = db.all<Omit<ReminderActionView, 'invoiceNumbers'> & { invoiceNumbers: string }>(sql`
    SELECT a.id, a.client_id AS clientId, c.code AS clientCode, c.name AS clientName, a.channel, a.status, a.planned_on AS plannedOn,
           coalesce(a.step_label, '') AS stepLabel, coalesce(a.level, 0) AS level, coalesce(a.template_code, '') AS templateCode,
           coalesce(a.amount_due_cents, 0) AS amountDueCents, a.note, a.outcome,
           (SELECT json_group_array(number) FROM (SELECT i.number FROM reminder_action_invoices ai JOIN invoices i ON i.id = ai.invoice_id
             WHERE ai.action_id = a.id ORDER BY i.due_date, i.id)) AS invoiceNumbers
    FROM reminder_actions a JOIN clients c ON c.id = a.client_id
    WHERE ${where}
    ORDER BY ${order}
    LIMIT ${limit} OFFSET ${offset}`)
  return rows.map((row) => ({ ...row, invoiceNumbers: JSON.parse(row.invoiceNumbers) as string[] }))
}

/** The actions of these ids, in id order: what a validation just recorded. */
export function reminderActionsByIds(db: Db, ids: readonly number[]): ReminderActionView[] {
  return reminderActionViews(db, sql`a.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`, sql`a.id`)
}

/** Validated actions waiting to go out: registered letters, letters, e-mails, then calls; by day and client. */
export function validatedReminderQueue(db: Db): ReminderActionView[] {
  return reminderActionViews(
    db,
    sql`a.status = 'validated'`,
    sql`CASE a.channel WHEN 'registered_letter' THEN 0 WHEN 'letter' THEN 1 WHEN 'email' THEN 2 ELSE 3 END, a.planned_on, c.search_key, a.id`,
  )
}

/** The first day a formal notice covering each invoice was validated: consumers' interest runs from it. */
export function formalNoticeDates(db: Db, invoiceIds: readonly number[]): Map<number, IsoDate> {
  const rows = db.all<{ invoiceId: number; on: string }>(sql`
    SELECT ai.invoice_id AS invoiceId, min(a.planned_on) AS "on"
    FROM reminder_action_invoices ai JOIN reminder_actions a ON a.id = ai.action_id
    WHERE a.template_code = 'mise-en-demeure' AND a.status IN ('validated', 'printed', 'sent', 'done')
      AND ai.invoice_id IN (SELECT value FROM json_each(${JSON.stringify(invoiceIds)}))
    GROUP BY ai.invoice_id`)
  return new Map(rows.map((row) => [row.invoiceId, row.on]))
}

/** One action with the invoices it covers as they stand now. */
export function reminderActionWithInvoices(db: Db, id: number) {
  const action = db.get<{ id: number; clientId: number; channel: ReminderChannel; status: ReminderStatus; plannedOn: string; stepLabel: string | null; outcome: string | null }>(sql`
    SELECT id, client_id AS clientId, channel, status, planned_on AS plannedOn, step_label AS stepLabel, outcome FROM reminder_actions WHERE id = ${id}`)
  if (!action) return undefined
  const invoices = db.all<{ invoiceId: number; number: string; dueDate: string; balanceCents: number }>(sql`
    SELECT i.id AS invoiceId, i.number, i.due_date AS dueDate, i.amount_cents - i.settled_cents AS balanceCents
    FROM reminder_action_invoices ai JOIN invoices i ON i.id = ai.invoice_id WHERE ai.action_id = ${id} ORDER BY i.due_date, i.id`)
  return { ...action, invoices }
}

/** Records how an action ended (a call's outcome): once only, so an outcome is never written over. `at` is the write's instant. */
export function completeReminderAction(db: Db, id: number, doneOn: IsoDate, outcome: string, note: string | null, at: string): boolean {
  const changed = db
    .update(reminderActions)
    .set({ status: 'done', doneOn, outcome, note, updatedAt: at })
    .where(sql`${reminderActions.id} = ${id} AND ${reminderActions.status} = 'validated'`)
    .run()
  return changed.changes === 1
}

/** Clients who said on the phone they had paid, since the ledger was last brought up to date. */
export function paidClaimsSince(db: Db, since: IsoDate | null): Array<{ clientId: number; clientName: string; on: IsoDate }> {
  return db.all<{ clientId: number; clientName: string; on: string }>(sql`
    SELECT a.client_id AS clientId, c.name AS clientName, max(a.done_on) AS "on"
    FROM reminder_actions a JOIN clients c ON c.id = a.client_id
    WHERE a.outcome = 'paid' AND a.done_on >= ${since ?? ''}
    GROUP BY a.client_id ORDER BY "on" DESC, c.search_key`)
}

export interface JournalFilter {
  from?: IsoDate | undefined
  to?: IsoDate | undefined
  channel?: ReminderChannel | undefined
  status?: ReminderStatus | undefined
  level?: number | undefined
  clientId?: number | undefined
}

/** The journal's filter as a condition on `a` (reminder_actions); proposals are never recorded, so all rows count. */
function journalWhere(filter: JournalFilter): SQL {
  const parts: SQL[] = [sql`1 = 1`]
  if (filter.from !== undefined) parts.push(sql`a.planned_on >= ${filter.from}`)
  if (filter.to !== undefined) parts.push(sql`a.planned_on <= ${filter.to}`)
  if (filter.channel !== undefined) parts.push(sql`a.channel = ${filter.channel}`)
  if (filter.status !== undefined) parts.push(sql`a.status = ${filter.status}`)
  if (filter.level !== undefined) parts.push(sql`a.level = ${filter.level}`)
  if (filter.clientId !== undefined) parts.push(sql`a.client_id = ${filter.clientId}`)
  return sql.join(parts, sql` AND `)
}

/** A page of the journal, newest first, with the number of rows the filter matches. */
export function reminderJournal(db: Db, filter: JournalFilter, offset: number, limit: number): { rows: ReminderActionView[]; total: number } {
  const where = journalWhere(filter)
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM reminder_actions a WHERE ${where}`)?.n ?? 0
  return { rows: reminderActionViews(db, where, sql`a.planned_on DESC, a.id DESC`, limit, offset), total }
}
