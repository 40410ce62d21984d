import { eq, sql } from 'drizzle-orm'
import type { ClientFields, ClientListItem } from '../../../src-shared/contract/clients'
import type { IsoDate } from '../../../src-shared/dates'
import { compactIdentifier } from '../../../src-shared/identifiers'
import { clientSearchKey, likeContains } from '../french-text'
import type { Db } from '../open-dossier'
import { clients, contacts, segments } from '../schema'
import { clientBalanceSql, clientOverdueSql } from './client-balances'
import { openInvoiceSql } from './invoice-balance'

interface ClientQuery {
  search?: string
  includeArchived?: boolean
  segment?: string
  overdueOnly?: boolean
  limit?: number
  id?: number
}

/** Clients in French order (by folded name), with their balances as of `today`. */
export function listClients(db: Db, today: IsoDate, query: ClientQuery): ClientListItem[] {
  const conditions = [sql`1 = 1`]
  if (query.id !== undefined) conditions.push(sql`c.id = ${query.id}`)
  if (!query.includeArchived && query.id === undefined) conditions.push(sql`c.archived_at IS NULL`)
  if (query.search) conditions.push(sql`c.search_key LIKE ${likeContains(query.search)} ESCAPE '\\'`)
  if (query.segment) conditions.push(sql`c.segment_id = (SELECT id FROM segments WHERE name = ${query.segment})`)
  if (query.overdueOnly) conditions.push(sql`${clientOverdueSql(today)} > 0`)
  const rows = db.all<{
    id: number
    code: string
    name: string
    kind: 'pro' | 'particulier'
    postal_code: string | null
    city: string | null
    emails: string | null
    balance_cents: number | null
    overdue_cents: number | null
    archived_at: string | null
  }>(sql`
    SELECT c.id, c.code, c.name, c.kind, c.postal_code, c.city, c.emails, c.archived_at,
           ${clientBalanceSql()} AS balance_cents, ${clientOverdueSql(today)} AS overdue_cents
    FROM clients c
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY c.search_key, c.code
    LIMIT ${query.limit ?? -1}
  `)
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    postalCode: row.postal_code,
    city: row.city,
    emails: row.emails,
    balanceCents: row.balance_cents ?? 0,
    overdueCents: row.overdue_cents ?? 0,
    archived: row.archived_at !== null,
  }))
}

export function findClientIdByCode(db: Db, code: string): number | undefined {
  return db.select({ id: clients.id }).from(clients).where(eq(clients.code, code)).get()?.id
}

/** Column values of a client file as typed in the form (segment and contacts aside). */
export function clientRow(fields: ClientFields) {
  return {
    code: fields.code,
    name: fields.name,
    searchKey: clientSearchKey(fields.name, fields.code),
    kind: fields.kind,
    siren: fields.siren === undefined ? null : compactIdentifier(fields.siren),
    siret: fields.siret === undefined ? null : compactIdentifier(fields.siret),
    vatNumber: fields.vatNumber ?? null,
    addressLine1: fields.addressLine1 ?? null,
    addressLine2: fields.addressLine2 ?? null,
    addressLine3: fields.addressLine3 ?? null,
    postalCode: fields.postalCode ?? null,
    city: fields.city ?? null,
    country: fields.country ?? 'France',
    emails: fields.emails ?? null,
    phone: fields.phone ?? null,
    termsDays: fields.termsDays ?? null,
    termsEndOfMonth: fields.termsDays === undefined ? null : fields.termsEndOfMonth,
    creditLimitCents: fields.creditLimitCents ?? null,
    notes: fields.notes ?? null,
    penaltyPolicy: fields.penaltyPolicy ?? null,
    penaltyRateBp: fields.penaltyPolicy === 'fixed' ? (fields.penaltyRateBp ?? null) : null,
    penaltyMultiple: fields.penaltyPolicy === 'legalInterestMultiple' ? (fields.penaltyMultiple ?? null) : null,
  }
}

/** The segment's id, creating the segment the first time its name is used. */
function segmentId(db: Db, name: string | undefined): number | null {
  if (name === undefined) return null
  db.insert(segments).values({ name }).onConflictDoNothing().run()
  return db.select({ id: segments.id }).from(segments).where(eq(segments.name, name)).get()?.id ?? null
}

function replaceContacts(db: Db, clientId: number, list: ClientFields['contacts']): void {
  db.delete(contacts).where(eq(contacts.clientId, clientId)).run()
  list.forEach((contact, index) =>
    db
      .insert(contacts)
      .values({
        clientId,
        name: contact.name,
        role: contact.role ?? null,
        email: contact.email ?? null,
        phone: contact.phone ?? null,
        isPrimary: index === 0,
      })
      .run(),
  )
}

export function insertClient(db: Db, fields: ClientFields): number {
  const row = { ...clientRow(fields), segmentId: segmentId(db, fields.segment) }
  const id = db.insert(clients).values(row).returning({ id: clients.id }).get().id
  replaceContacts(db, id, fields.contacts)
  return id
}

export function updateClient(db: Db, id: number, fields: ClientFields, now: string): void {
  const row = { ...clientRow(fields), segmentId: segmentId(db, fields.segment), updatedAt: now }
  db.update(clients).set(row).where(eq(clients.id, id)).run()
  replaceContacts(db, id, fields.contacts)
}

/** The client file as the form edits it. */
export function clientFieldsOf(db: Db, id: number): ClientFields | undefined {
  const row = db.select().from(clients).where(eq(clients.id, id)).get()
  if (!row) return undefined
  const segment = row.segmentId === null ? undefined : db.select().from(segments).where(eq(segments.id, row.segmentId)).get()?.name
  const people = db.select().from(contacts).where(eq(contacts.clientId, id)).orderBy(contacts.id).all()
  const optional = <T>(value: T | null) => value ?? undefined
  return {
    code: row.code,
    name: row.name,
    kind: row.kind,
    siren: optional(row.siren),
    siret: optional(row.siret),
    vatNumber: optional(row.vatNumber),
    addressLine1: optional(row.addressLine1),
    addressLine2: optional(row.addressLine2),
    addressLine3: optional(row.addressLine3),
    postalCode: optional(row.postalCode),
    city: optional(row.city),
    country: row.country,
    emails: optional(row.emails),
    phone: optional(row.phone),
    termsDays: optional(row.termsDays),
    termsEndOfMonth: row.termsEndOfMonth ?? false,
    segment,
    creditLimitCents: optional(row.creditLimitCents),
    contacts: people.map((p) => ({ name: p.name, role: optional(p.role), email: optional(p.email), phone: optional(p.phone) })),
    notes: optional(row.notes),
    penaltyPolicy: optional(row.penaltyPolicy),
    penaltyRateBp: optional(row.penaltyRateBp),
    penaltyMultiple: optional(row.penaltyMultiple),
  }
}

/** Unallocated money of a client: payments and credit notes not yet applied to an invoice. */
export function clientCreditCents(db: Db, clientId: number): number {
  const row = db.get<{ credit: number }>(sql`
    SELECT coalesce((SELECT sum(p.amount_cents - p.allocated_cents) FROM payments p
                     WHERE p.client_id = ${clientId} AND p.allocated_cents < p.amount_cents), 0)
         + coalesce((SELECT sum(i.amount_cents - i.settled_cents) FROM invoices i
                     WHERE i.client_id = ${clientId} AND i.kind = 'credit_note' AND i.settled_cents < i.amount_cents), 0) AS credit`)
  return row?.credit ?? 0
}

/** How many of a client's invoices are not fully settled. */
export function openInvoiceCountOf(db: Db, clientId: number): number {
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM invoices i WHERE i.client_id = ${clientId} AND ${openInvoiceSql}`)?.n ?? 0
}

export function listSegments(db: Db): string[] {
  const collator = new Intl.Collator('fr')
  return db.select({ name: segments.name }).from(segments).all().map((row) => row.name).sort(collator.compare)
}

export function setArchived(db: Db, id: number, archived: boolean, now: string): boolean {
  const result = db
    .update(clients)
    .set({ archivedAt: archived ? now : null, updatedAt: now })
    .where(eq(clients.id, id))
    .run()
  return result.changes > 0
}
