import { eq, sql } from 'drizzle-orm'
import type { ClientFields, ClientListItem } from '../../../src-shared/contract/clients'
import type { IsoDate } from '../../../src-shared/dates'
import { compactIdentifier } from '../../../src-shared/identifiers'
import { clientSearchKey, likeContains } from '../french-text'
import type { Db } from '../open-dossier'
import { clients } from '../schema'
import { clientBalancesSql } from './client-balances'

interface ClientQuery {
  search?: string
  includeArchived?: boolean
  id?: number
}

/** Clients in French order (by folded name), with their balances as of `today`. */
export function listClients(db: Db, today: IsoDate, query: ClientQuery): ClientListItem[] {
  const conditions = [sql`1 = 1`]
  if (query.id !== undefined) conditions.push(sql`c.id = ${query.id}`)
  if (!query.includeArchived && query.id === undefined) conditions.push(sql`c.archived_at IS NULL`)
  if (query.search) conditions.push(sql`c.search_key LIKE ${likeContains(query.search)} ESCAPE '\\'`)
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
           b.balance_cents, b.overdue_cents
    FROM clients c
    LEFT JOIN ${clientBalancesSql(today)} b ON b.client_id = c.id
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY c.search_key, c.code
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

/** Column values of a client file as typed in the form. */
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
    notes: fields.notes ?? null,
  }
}

export function insertClient(db: Db, fields: ClientFields): number {
  return db.insert(clients).values(clientRow(fields)).returning({ id: clients.id }).get().id
}
