import { sql } from 'drizzle-orm'
import type { QueuedLetter, RegisteredLetter, StoredLetter } from '../../../src-shared/contract/letter-batches'
import type { IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { recordActivity } from './activities'
import { templateById, type TemplateRow } from './templates'

/**
 * The reminder actions the Courriers page works on (statuses agreed with the reminders
 * issue): validated letters wait here to be printed; printing stores each letter's PDF on
 * its action and sets it `printed`.
 */

/**
 * The template of an action (`a`): the one chosen on the action, else the one its scenario
 * step names by code (the Relances page records the step's code, as agreed between #11 and #12).
 */
const actionTemplateId = sql.raw('coalesce(a.template_id, (SELECT tc.id FROM templates tc WHERE tc.code = a.template_code))')

export function printQueue(db: Db): QueuedLetter[] {
  return db.all<QueuedLetter>(sql`
    SELECT a.id AS actionId, c.id AS clientId, c.code AS clientCode, c.name AS clientName, a.channel, a.planned_on AS plannedOn,
      t.code AS templateCode, t.name AS templateName,
      (SELECT count(*) FROM reminder_action_invoices ai WHERE ai.action_id = a.id) AS invoiceCount,
      coalesce((SELECT sum(ai.balance_cents) FROM reminder_action_invoices ai WHERE ai.action_id = a.id), 0) AS balanceCents
    FROM reminder_actions a
    JOIN clients c ON c.id = a.client_id
    LEFT JOIN templates t ON t.id = ${actionTemplateId}
    WHERE a.status = 'validated' AND a.channel IN ('letter', 'registered_letter')
    ORDER BY a.planned_on, c.search_key, a.id
  `)
}

export interface ActionToRender {
  actionId: number
  clientId: number
  clientName: string
  channel: string
  status: string
  /** The action's template, with the wording edited on the action when there is one. */
  template: TemplateRow | null
  invoiceIds: number[]
  /** A payment plan's reminder: the instalment it concerns. */
  instalmentId: number | null
}

export function actionToRender(db: Db, actionId: number): ActionToRender | undefined {
  const row = db.get<{
    clientId: number
    clientName: string
    channel: string
    status: string
    templateId: number | null
    subject: string | null
    body: string | null
    instalmentId: number | null
  }>(sql`
    SELECT a.client_id AS clientId, c.name AS clientName, a.channel, a.status, ${actionTemplateId} AS templateId, a.subject, a.body,
      a.instalment_id AS instalmentId
    FROM reminder_actions a JOIN clients c ON c.id = a.client_id WHERE a.id = ${actionId}
  `)
  if (!row) return undefined
  const template = row.templateId === null ? undefined : templateById(db, row.templateId)
  const invoiceIds = db
    .all<{ id: number }>(sql`SELECT invoice_id AS id FROM reminder_action_invoices WHERE action_id = ${actionId} ORDER BY invoice_id`)
    .map((invoice) => invoice.id)
  return {
    actionId,
    clientId: row.clientId,
    clientName: row.clientName,
    channel: row.channel,
    status: row.status,
    template: template ? { ...template, subject: row.subject ?? template.subject, body: row.body ?? template.body } : null,
    invoiceIds,
    instalmentId: row.instalmentId,
  }
}

/** Sets a validated letter printed with its PDF, and says so in the client's timeline; false when it was no longer waiting. */
export function markLetterPrinted(db: Db, actionId: number, printedOn: IsoDate, pdf: Buffer, description: string): boolean {
  const changed = db.run(sql`
    UPDATE reminder_actions SET status = 'printed', document_pdf = ${pdf}, done_on = ${printedOn},
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
    WHERE id = ${actionId} AND status = 'validated'
  `).changes
  if (changed === 0) return false
  const clientId = db.get<{ clientId: number }>(sql`SELECT client_id AS clientId FROM reminder_actions WHERE id = ${actionId}`)!.clientId
  recordActivity(db, { clientId, kind: 'reminder', occurredOn: printedOn, body: description })
  return true
}


/** Registered letters printed and not yet numbered, or those of a batch. */
export function registeredLetters(db: Db, actionIds?: number[]): RegisteredLetter[] {
  const which =
    actionIds === undefined
      ? sql`a.status = 'printed' AND a.tracking_number IS NULL`
      : sql`a.id IN (SELECT value FROM json_each(${JSON.stringify(actionIds)}))`
  return db.all<RegisteredLetter>(sql`
    SELECT a.id AS actionId, c.code AS clientCode, c.name AS clientName, a.done_on AS printedOn, t.name AS templateName,
      a.tracking_number AS trackingNumber
    FROM reminder_actions a JOIN clients c ON c.id = a.client_id LEFT JOIN templates t ON t.id = ${actionTemplateId}
    WHERE a.channel = 'registered_letter' AND ${which}
    ORDER BY a.done_on, c.search_key, a.id
  `)
}

export function setTrackingNumber(db: Db, actionId: number, trackingNumber: string | null): boolean {
  return (
    db.run(sql`
      UPDATE reminder_actions SET tracking_number = ${trackingNumber}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
      WHERE id = ${actionId} AND channel = 'registered_letter' AND status = 'printed'
    `).changes > 0
  )
}


/** The client's letters kept as printed (and e-mails' attachments), newest first, without their bytes. */
export function storedLetters(db: Db, clientId: number): StoredLetter[] {
  return db.all<StoredLetter>(sql`
    SELECT a.id AS actionId, a.done_on AS printedOn, a.channel, a.status, t.code AS templateCode, t.name AS templateName,
      a.tracking_number AS trackingNumber
    FROM reminder_actions a LEFT JOIN templates t ON t.id = ${actionTemplateId}
    WHERE a.client_id = ${clientId} AND a.document_pdf IS NOT NULL
    ORDER BY a.done_on DESC, a.id DESC
  `)
}

export function storedLetterPdf(db: Db, actionId: number): { pdf: Buffer; printedOn: IsoDate | null; templateCode: string | null; clientCode: string; clientName: string } | undefined {
  return db.get(sql`
    SELECT a.document_pdf AS pdf, a.done_on AS printedOn, t.code AS templateCode, c.code AS clientCode, c.name AS clientName
    FROM reminder_actions a JOIN clients c ON c.id = a.client_id LEFT JOIN templates t ON t.id = ${actionTemplateId}
    WHERE a.id = ${actionId} AND a.document_pdf IS NOT NULL
  `)
}

export interface BordereauRow {
  clientCode: string
  clientName: string
  addressLine1: string | null
  addressLine2: string | null
  postalCode: string | null
  city: string | null
  country: string
  templateName: string | null
  trackingNumber: string | null
}

/** The registered letters among some actions, with the recipients' addresses, for the bordereau. */
export function bordereauRows(db: Db, actionIds: number[]): BordereauRow[] {
  return db.all<BordereauRow>(sql`
    SELECT c.code AS clientCode, c.name AS clientName, c.address_line1 AS addressLine1, c.address_line2 AS addressLine2,
      c.postal_code AS postalCode, c.city, c.country, t.name AS templateName, a.tracking_number AS trackingNumber
    FROM reminder_actions a JOIN clients c ON c.id = a.client_id LEFT JOIN templates t ON t.id = ${actionTemplateId}
    WHERE a.channel = 'registered_letter' AND a.id IN (SELECT value FROM json_each(${JSON.stringify(actionIds)}))
    ORDER BY c.search_key, a.id
  `)
}
