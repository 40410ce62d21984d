import type Database from 'better-sqlite3'
import type { ImportKind, ImportSummary } from '../../../src-shared/contract/imports'
import type { IsoDate } from '../../../src-shared/dates'
import { dueDateFor, type AgreedTerms } from '../../domain/due-date'
import { CLIENT_FIELDS, type ClientDetailKey } from '../../import/fields/client-fields'
import type { ImportPlan, PlannedAllocation, PlannedClient, PlannedDocument } from '../../import/plan'
import { clientSearchKey, foldFrench } from '../french-text'

export interface WriteMeta {
  kind: ImportKind
  fileName: string
  fileHash: string
  importedAt: string
  /** The export's date: what a spreadsheet says is already settled was paid by then. */
  settledOn: IsoDate
  /** Called every few thousand rows written, with the rows done and to do. */
  onProgress?: (done: number, total: number) => void
  /** Called before each row: a throw (the user cancelled) stops the writing, and the caller's transaction rolls back. */
  beforeRow?: () => void
}

interface DocumentRow {
  id: number
  client_id: number
  kind: string
  issue_date: string
  due_date: string
  amount_cents: number
  amount_excl_tax_cents: number | null
  label: string | null
  settled_cents: number
}

/** The `clients` column of each detail written as is (client-fields.ts); segment and contact are rows of their own. */
const CLIENT_DETAIL_COLUMNS = CLIENT_FIELDS.flatMap((field) =>
  field.target.to === 'column' ? [{ key: field.key as ClientDetailKey, column: field.target.column }] : [],
)

/**
 * Writes a plan into the dossier, inside the caller's transaction. Records are found by
 * what identifies them in the source (client code, document number, payment source key):
 * new ones are created and tagged with the batch; existing ones are updated only where
 * the source is authoritative, their previous state kept in the undo log. Allocations the
 * source states are added where missing, never beyond what is still open, so importing
 * the same ledger twice writes nothing the second time.
 * Returns the summary and the lines refused while writing (e.g. a number held by another
 * client); the caller decides whether those abort the whole import.
 */
export function writePlan(sqlite: Database.Database, plan: ImportPlan, meta: WriteMeta): ImportSummary {
  const summary: ImportSummary = {
    batchId: null,
    fileName: meta.fileName,
    kind: meta.kind,
    clients: { created: 0, updated: 0 },
    invoices: { created: 0, updated: 0, settled: 0 },
    creditNotes: { created: 0 },
    payments: { created: 0 },
    rejected: [...plan.rejected],
    repaired: plan.repaired,
    repairedCount: plan.repairedCount,
    rejectedFile: null,
    alreadyImported: false,
  }
  const batchId = Number(
    sqlite
      .prepare(`INSERT INTO import_batches (kind, file_name, file_hash, counts, imported_at) VALUES (?, ?, ?, '{}', ?)`)
      .run(meta.kind, meta.fileName, meta.fileHash, meta.importedAt).lastInsertRowid,
  )
  summary.batchId = batchId
  const logChange = sqlite.prepare('INSERT INTO import_undo_log (batch_id, table_name, row_id, before) VALUES (?, ?, ?, ?)')
  const total = plan.clients.length + plan.documents.length * 2 + plan.payments.length
  let done = 0
  const progress = () => {
    meta.beforeRow?.()
    done++
    if (done % 5000 === 0) meta.onProgress?.(done, total)
  }

  const clientIds = writeClients(sqlite, plan.clients, batchId, summary, logChange, progress)
  const terms = termsReader(sqlite)
  const documents = writeDocuments(sqlite, plan.documents, { batchId, clientIds, terms, summary, logChange, progress })
  const openBefore = openAmounts(sqlite, documents.ids)
  writeAllocations(sqlite, plan, { batchId, clientIds, documents, summary, logChange, progress, settledOn: meta.settledOn })
  summary.invoices.settled = settledSince(sqlite, openBefore)

  // The lists stay out of the history: their counts are enough there.
  const { rejected, repaired, ...counts } = summary
  sqlite
    .prepare('UPDATE import_batches SET counts = ? WHERE id = ?')
    .run(JSON.stringify({ ...counts, rejectedCount: rejected.length, repairedListed: repaired.length }), batchId)
  return summary
}

type LogChange = Database.Statement<[number, string, number, string | null]>

function writeClients(
  sqlite: Database.Database,
  clients: PlannedClient[],
  batchId: number,
  summary: ImportSummary,
  logChange: LogChange,
  progress: () => void,
): Map<string, number> {
  const ids = new Map<string, number>()
  const find = sqlite.prepare('SELECT * FROM clients WHERE code = ?')
  const insert = sqlite.prepare('INSERT INTO clients (code, name, search_key, import_batch_id) VALUES (?, ?, ?, ?)')
  const insertSegment = sqlite.prepare('INSERT INTO segments (name) VALUES (?) ON CONFLICT (name) DO NOTHING')
  const findSegment = sqlite.prepare('SELECT id FROM segments WHERE name = ?').pluck()
  /** A segment is a name the user shares between clients: one the file names for the first time is created. */
  const segmentIdOf = (name: string) => {
    insertSegment.run(name)
    return findSegment.get(name) as number
  }
  const contactNames = sqlite.prepare('SELECT name FROM contacts WHERE client_id = ?').pluck()
  const insertContact = sqlite.prepare('INSERT INTO contacts (client_id, name, is_primary) VALUES (?, ?, ?)')
  /**
   * The file's contact joins the client's contacts unless one of that name is there: the
   * user's own contacts are never replaced. The first contact of a client is its primary one.
   */
  const addContact = (clientId: number, name: string, clientExisted: boolean) => {
    const known = contactNames.all(clientId) as string[]
    if (known.some((other) => foldFrench(other) === foldFrench(name))) return
    const contactId = Number(insertContact.run(clientId, name, known.length === 0 ? 1 : 0).lastInsertRowid)
    // A client the import created takes its contacts with it when undone; others need the row named.
    if (clientExisted) logChange.run(batchId, 'contacts', contactId, null)
  }
  for (const client of clients) {
    progress()
    const existing = find.get(client.code) as Record<string, unknown> | undefined
    let id: number
    const changes: Record<string, unknown> = {}
    if (existing) {
      id = existing.id as number
      if (client.authoritative && client.name !== null && existing.name !== client.name) changes.name = client.name
    } else if (client.name === null) {
      summary.rejected.push({ line: 0, column: null, message: `Client « ${client.code} » inconnu du dossier et sans raison sociale dans le fichier : ses lignes sont ignorées.` })
      continue
    } else {
      id = Number(insert.run(client.code, client.name, clientSearchKey(client.name, client.code), batchId).lastInsertRowid)
      summary.clients.created++
    }
    const wanted: { column: string; value: string | number }[] = CLIENT_DETAIL_COLUMNS.flatMap(({ key, column }) => {
      const value = client.details[key]
      return value === undefined ? [] : [{ column, value }]
    })
    if (typeof client.details.segment === 'string') wanted.push({ column: 'segment_id', value: segmentIdOf(client.details.segment) })
    for (const { column, value } of wanted) {
      const current = existing ? existing[column] : null
      // Details fill what is empty; a spreadsheet of clients (authoritative) also corrects.
      if (current !== value && (current === null || client.authoritative || !existing)) changes[column] = value
    }
    if (Object.keys(changes).length > 0) {
      if (existing) {
        logChange.run(batchId, 'clients', id, JSON.stringify(existing))
        summary.clients.updated++
      }
      if (typeof changes.name === 'string') changes.search_key = clientSearchKey(changes.name, client.code)
      const assignments = Object.keys(changes).map((column) => `${column} = @${column}`)
      sqlite.prepare(`UPDATE clients SET ${assignments.join(', ')}, updated_at = @now WHERE id = @id`).run({
        ...changes,
        now: new Date().toISOString(),
        id,
      })
    }
    if (typeof client.details.contactName === 'string') addContact(id, client.details.contactName, existing !== undefined)
    ids.set(client.code, id)
  }
  return ids
}

function termsReader(sqlite: Database.Database): (clientId: number) => AgreedTerms {
  const dossier = sqlite.prepare('SELECT terms_days AS days, terms_end_of_month AS eom FROM company WHERE id = 1').get() as
    | { days: number | null; eom: number | null }
    | undefined
  const fallback: AgreedTerms = dossier?.days != null ? { days: dossier.days, endOfMonth: dossier.eom === 1 } : { days: 30, endOfMonth: false }
  const ofClient = sqlite.prepare('SELECT terms_days AS days, terms_end_of_month AS eom FROM clients WHERE id = ?')
  const cache = new Map<number, AgreedTerms>()
  return (clientId) => {
    let terms = cache.get(clientId)
    if (!terms) {
      const row = ofClient.get(clientId) as { days: number | null; eom: number | null } | undefined
      terms = row?.days != null ? { days: row.days, endOfMonth: row.eom === 1 } : fallback
      cache.set(clientId, terms)
    }
    return terms
  }
}

/**
 * Due dates by issue date and terms, each computed once: a ledger has a few hundred
 * issue dates and a handful of terms for hundreds of thousands of invoices.
 */
function dueDateMemo() {
  const known = new Map<string, IsoDate>()
  return {
    of(issueDate: IsoDate, terms: AgreedTerms): IsoDate {
      const key = `${issueDate}|${terms.days}|${terms.endOfMonth ? 1 : 0}`
      let due = known.get(key)
      if (due === undefined) {
        due = dueDateFor(issueDate, terms)
        known.set(key, due)
      }
      return due
    },
  }
}

interface DocumentContext {
  batchId: number
  clientIds: Map<string, number>
  terms: (clientId: number) => AgreedTerms
  summary: ImportSummary
  logChange: LogChange
  progress: () => void
}

/** The dossier's id of every document of the plan, and those this import created. */
interface WrittenDocuments {
  ids: Map<string, number>
  /** Created by this import, with their kind and amount: nothing is settled on them yet. */
  created: Map<number, Pick<PlannedDocument, 'kind' | 'amountCents'>>
}

function writeDocuments(sqlite: Database.Database, documents: PlannedDocument[], context: DocumentContext): WrittenDocuments {
  const { batchId, clientIds, terms, summary, logChange, progress } = context
  const ids = new Map<string, number>()
  const created: WrittenDocuments['created'] = new Map()
  const dueDates = dueDateMemo()
  const find = sqlite.prepare('SELECT * FROM invoices WHERE number = ?')
  const insert = sqlite.prepare(
    `INSERT INTO invoices (client_id, number, kind, issue_date, due_date, amount_cents, amount_excl_tax_cents, label, import_batch_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const update = sqlite.prepare(
    `UPDATE invoices SET issue_date = @issue_date, due_date = @due_date, amount_cents = @amount_cents,
       amount_excl_tax_cents = @amount_excl_tax_cents, label = @label, updated_at = @now WHERE id = @id`,
  )
  for (const document of documents) {
    progress()
    const clientId = clientIds.get(document.clientCode)
    if (clientId === undefined) continue
    const existing = find.get(document.number) as DocumentRow | undefined
    const reject = (message: string) => summary.rejected.push({ line: 0, column: null, message: `${document.number} : ${message}` })
    if (!existing) {
      const dueDate = document.dueDate ?? dueDates.of(document.issueDate, terms(clientId))
      const id = Number(
        insert.run(
          clientId,
          document.number,
          document.kind,
          document.issueDate,
          dueDate,
          document.amountCents,
          document.amountExclTaxCents,
          document.label,
          batchId,
        ).lastInsertRowid,
      )
      ids.set(document.number, id)
      created.set(id, document)
      if (document.kind === 'invoice') summary.invoices.created++
      else summary.creditNotes.created++
      continue
    }
    if (existing.client_id !== clientId || existing.kind !== document.kind) {
      reject('ce numéro existe déjà dans le dossier pour un autre client ou un autre type de pièce ; ligne ignorée.')
      continue
    }
    ids.set(document.number, existing.id)
    const wanted = {
      issue_date: document.issueDate,
      // A ledger has no due date: one corrected by the user in Encaisse stays.
      due_date: document.dueDate ?? existing.due_date,
      amount_cents: document.amountCents,
      amount_excl_tax_cents: document.amountExclTaxCents ?? existing.amount_excl_tax_cents,
      label: document.label ?? existing.label,
    }
    const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).some((column) => wanted[column] !== existing[column])
    if (!changed) continue
    if (wanted.amount_cents < existing.settled_cents || wanted.due_date < wanted.issue_date) {
      reject(
        wanted.amount_cents < existing.settled_cents
          ? 'le nouveau montant est inférieur à ce qui est déjà réglé dans Encaisse ; pièce laissée telle quelle.'
          : 'l’échéance tomberait avant la date de pièce ; pièce laissée telle quelle.',
      )
      continue
    }
    logChange.run(batchId, 'invoices', existing.id, JSON.stringify(existing))
    update.run({ ...wanted, now: new Date().toISOString(), id: existing.id })
    summary.invoices.updated++
  }
  return { ids, created }
}

/** What is still owed on each imported invoice before allocations, to count those this import settles. */
function openAmounts(sqlite: Database.Database, documentIds: Map<string, number>): Map<number, number> {
  const owed = sqlite.prepare(`SELECT amount_cents - settled_cents FROM invoices WHERE id = ? AND kind = 'invoice'`).pluck()
  const open = new Map<number, number>()
  for (const id of documentIds.values()) {
    const left = owed.get(id) as number | undefined
    if (left !== undefined && left > 0) open.set(id, left)
  }
  return open
}

function settledSince(sqlite: Database.Database, openBefore: Map<number, number>): number {
  const owed = sqlite.prepare('SELECT amount_cents - settled_cents FROM invoices WHERE id = ?').pluck()
  let settled = 0
  for (const id of openBefore.keys()) if ((owed.get(id) as number) <= 0) settled++
  return settled
}

type AllocationSource = ({ paymentId: number } | { creditNoteId: number }) & { createdNow: boolean; amountCents: number }

interface AllocationContext {
  batchId: number
  clientIds: Map<string, number>
  documents: WrittenDocuments
  summary: ImportSummary
  logChange: LogChange
  progress: () => void
  settledOn: IsoDate
}

/**
 * Payments (new ones created), then every allocation the plan states: payments' and
 * credit notes' allocations, and the part of a document a spreadsheet says is already
 * settled, recorded as one payment keyed by the document so a re-import finds it.
 */
function writeAllocations(sqlite: Database.Database, plan: ImportPlan, context: AllocationContext): void {
  const { batchId, clientIds, summary, logChange, progress } = context
  const documentIds = context.documents.ids
  const findPayment = sqlite.prepare('SELECT id, amount_cents - allocated_cents AS free FROM payments WHERE source_key = ?')
  const insertPayment = sqlite.prepare(
    `INSERT INTO payments (client_id, date, amount_cents, method, reference, source_key, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertSettlement = sqlite.prepare(
    `INSERT INTO payments (client_id, date, amount_cents, method, date_assumed, reference, source_key, import_batch_id)
     VALUES (?, ?, ?, 'inconnu', 1, ?, ?, ?)`,
  )
  const invoiceDates = sqlite.prepare('SELECT issue_date AS issue, due_date AS due FROM invoices WHERE id = ?')
  const paymentFree = sqlite.prepare('SELECT amount_cents - allocated_cents FROM payments WHERE id = ?').pluck()
  const creditFree = sqlite.prepare('SELECT amount_cents - settled_cents FROM invoices WHERE id = ?').pluck()
  const owed = sqlite.prepare(`SELECT amount_cents - settled_cents FROM invoices WHERE id = ? AND kind = 'invoice'`).pluck()
  const allocatedFromPayment = sqlite
    .prepare('SELECT coalesce(sum(amount_cents), 0) FROM allocations WHERE payment_id = ? AND invoice_id = ?')
    .pluck()
  const allocatedFromCredit = sqlite
    .prepare('SELECT coalesce(sum(amount_cents), 0) FROM allocations WHERE credit_note_id = ? AND invoice_id = ?')
    .pluck()
  const recordedOutside = sqlite
    .prepare(`SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE source_key LIKE ? ESCAPE '\\'`)
    .pluck()
  const insertAllocation = sqlite.prepare('INSERT INTO allocations (invoice_id, payment_id, credit_note_id, amount_cents) VALUES (?, ?, ?, ?)')
  const invoiceOfClient = sqlite.prepare(`SELECT id FROM invoices WHERE number = ? AND client_id = ? AND kind = 'invoice'`).pluck()
  /** An invoice of this file, else one already in the dossier (a payments file refers to earlier invoices). */
  const invoiceIdOf = (number: string, clientId: number) =>
    documentIds.get(number) ?? (invoiceOfClient.get(number, clientId) as number | undefined)

  // What is still owed on each invoice touched, read once then kept here: a ledger of
  // 200,000 invoices would otherwise cost a query per allocation.
  const owedLeft = new Map<number, number>()
  const owedOn = (invoiceId: number) =>
    owedLeft.get(invoiceId) ?? createdInvoiceAmount(invoiceId) ?? ((owed.get(invoiceId) as number | undefined) ?? 0)
  const createdInvoiceAmount = (id: number) => {
    const created = context.documents.created.get(id)
    return created === undefined ? undefined : created.kind === 'invoice' ? created.amountCents : 0
  }

  /**
   * Adds what the source states and the dossier lacks, within what both sides still have
   * open. A source created by this import has nothing allocated yet, and its allocations
   * go when undoing deletes it; one that existed before needs its allocations logged.
   */
  const allocate = (clientId: number, source: AllocationSource, allocations: PlannedAllocation[]) => {
    let free = source.createdNow ? source.amountCents : null
    for (const allocation of allocations) {
      const invoiceId = invoiceIdOf(allocation.documentNumber, clientId)
      if (invoiceId === undefined) continue
      const already = source.createdNow
        ? 0
        : 'paymentId' in source
          ? (allocatedFromPayment.get(source.paymentId, invoiceId) as number)
          : (allocatedFromCredit.get(source.creditNoteId, invoiceId) as number)
      free ??= 'paymentId' in source ? (paymentFree.get(source.paymentId) as number) : (creditFree.get(source.creditNoteId) as number)
      const amount = Math.min(allocation.amountCents - already, free, owedOn(invoiceId))
      if (amount <= 0) continue
      const id = Number(
        insertAllocation.run(
          invoiceId,
          'paymentId' in source ? source.paymentId : null,
          'creditNoteId' in source ? source.creditNoteId : null,
          amount,
        ).lastInsertRowid,
      )
      free -= amount
      owedLeft.set(invoiceId, owedOn(invoiceId) - amount)
      if (!source.createdNow) logChange.run(batchId, 'allocations', id, null)
    }
  }

  for (const payment of plan.payments) {
    progress()
    const clientId = clientIds.get(payment.clientCode)
    if (clientId === undefined) continue
    const existing = findPayment.get(payment.sourceKey) as { id: number; free: number } | undefined
    const paymentId =
      existing?.id ??
      Number(
        insertPayment.run(clientId, payment.date, payment.amountCents, payment.method, payment.reference, payment.sourceKey, batchId)
          .lastInsertRowid,
      )
    if (!existing) summary.payments.created++
    allocate(clientId, { paymentId, createdNow: !existing, amountCents: payment.amountCents }, payment.allocations)
  }

  for (const document of plan.documents) {
    progress()
    const id = documentIds.get(document.number)
    const clientId = clientIds.get(document.clientCode)
    if (id === undefined || clientId === undefined) continue
    if (document.kind === 'credit_note') {
      allocate(clientId, { creditNoteId: id, createdNow: context.documents.created.has(id), amountCents: document.amountCents }, document.allocations)
    }
    if (document.settledOutsideCents > 0) settleOutside(document, id, clientId)
  }

  /**
   * « Reste dû » lower than the amount, or a FEC debit lettered with a payment outside the
   * file: that much was settled before the export, on a date and by a means it does not give. It is recorded as a settlement whose date is
   * assumed (`date_assumed`, method « inconnu »), dated on the invoice's due date — or on
   * the export's date when that comes first, since it was paid by then. Read this way no
   * interest is ever claimed on money already paid (the conservative reading of penalties),
   * the balance at a past date does not show it owed after its due date, and, being no
   * money seen coming in, it counts neither as cash collected in a month nor in how the
   * client pays; the user replaces the date when it is known (payments.setDate).
   */
  function settleOutside(document: PlannedDocument, invoiceId: number, clientId: number): void {
    const keyPrefix = `settled:${document.number}:`
    const recorded = recordedOutside.get(`${keyPrefix.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`) as number
    const missing = Math.min(document.settledOutsideCents - recorded, (owed.get(invoiceId) as number | undefined) ?? 0)
    if (missing <= 0) return
    const dates = invoiceDates.get(invoiceId) as { issue: IsoDate; due: IsoDate }
    const assumedDate = [dates.due, context.settledOn].sort()[0] as IsoDate
    const paymentId = Number(
      insertSettlement.run(
        clientId,
        assumedDate < dates.issue ? dates.issue : assumedDate,
        missing,
        `Réglé avant l’import (${document.number})`,
        `${keyPrefix}${document.settledOutsideCents}`,
        batchId,
      ).lastInsertRowid,
    )
    summary.payments.created++
    allocate(clientId, { paymentId, createdNow: true, amountCents: missing }, [{ documentNumber: document.number, amountCents: missing }])
  }
}
