import { sql, type SQL } from 'drizzle-orm'
import type { InvoicePage, InvoiceRow, InvoiceState } from '../../../src-shared/contract/invoices'
import type { ParsedInput } from '../../../src-shared/contract'
import { daysBetween, type IsoDate } from '../../../src-shared/dates'
import { likeContains } from '../french-text'
import type { Db } from '../open-dossier'
import { invoiceBalanceSql, invoiceDisputedSql, openInvoiceSql } from './invoice-balance'

type InvoiceQuery = ParsedInput<'invoices.list'>

const SORT_COLUMNS: Record<InvoiceQuery['sort'], string> = {
  dueDate: 'i.due_date',
  issueDate: 'i.issue_date',
  number: 'i.number',
  amount: 'i.amount_cents',
  client: 'c.search_key',
}

export function invoiceState(kind: InvoiceRow['kind'], amount: number, balance: number, dueDate: IsoDate, today: IsoDate): InvoiceState {
  if (kind === 'credit_note') return balance > 0 ? 'credit_open' : 'credit_used'
  if (balance <= 0) return 'paid'
  if (dueDate < today) return 'overdue'
  return balance < amount ? 'partly_paid' : 'open'
}

/**
 * The SQL of one page of invoices and credit notes, filtered and sorted, with the
 * condition for counting apart. Exported so that tests can check its query plan.
 */
export function invoicePageSql(today: IsoDate, query: InvoiceQuery): { page: SQL; condition: SQL; onePass: boolean } {
  const where: SQL[] = [sql`1 = 1`]
  if (query.clientId !== undefined) where.push(sql`i.client_id = ${query.clientId}`)
  if (query.dueFrom !== undefined) where.push(sql`i.due_date >= ${query.dueFrom}`)
  if (query.dueTo !== undefined) where.push(sql`i.due_date <= ${query.dueTo}`)
  if (query.search) {
    where.push(sql`(i.number LIKE ${`%${query.search}%`}
      OR i.client_id IN (SELECT c.id FROM clients c WHERE c.search_key LIKE ${likeContains(query.search)} ESCAPE '\\'))`)
  }
  switch (query.filter) {
    case 'open':
      where.push(openInvoiceSql)
      break
    case 'overdue':
      where.push(sql`${openInvoiceSql} AND i.due_date < ${today}`)
      break
    case 'paid':
      where.push(sql`i.kind = 'invoice' AND i.settled_cents >= i.amount_cents`)
      break
    case 'disputed':
      where.push(invoiceDisputedSql)
      break
    case 'all':
      break
  }
  const condition = sql.join(where, sql` AND `)
  const order = sql.raw(`${SORT_COLUMNS[query.sort]} ${query.descending ? 'DESC' : 'ASC'}, i.id ${query.descending ? 'DESC' : 'ASC'}`)
  // Only the sort by client name needs the clients table to choose the page.
  const source = query.sort === 'client' ? sql`invoices i JOIN clients c ON c.id = i.client_id` : sql`invoices i`
  // A search or a state filter visits every matching row anyway (open invoices through
  // their partial indexes): the page and the total then come from that one pass (a window
  // count). Otherwise the page walks the sort index and the total is a separate count.
  const onePass = query.search !== undefined || query.filter === 'open' || query.filter === 'overdue' || query.filter === 'paid'
  const passTotal = onePass ? sql`count(*) OVER ()` : sql`NULL`
  // CROSS JOIN keeps SQLite from walking every invoice in the sort order to meet the page's rows.
  const page = sql`
    SELECT page.total, i.id, i.client_id, c.code AS client_code, c.name AS client_name, i.number, i.kind, i.issue_date,
           i.due_date, i.amount_cents, ${invoiceBalanceSql} AS balance_cents, ${invoiceDisputedSql} AS disputed,
           x.excluded_on, x.reason AS excluded_reason
    FROM (SELECT i.id, ${passTotal} AS total FROM ${source} WHERE ${condition} ORDER BY ${order}
          LIMIT ${query.limit} OFFSET ${query.offset}) page
    CROSS JOIN invoices i ON i.id = page.id
    CROSS JOIN clients c ON c.id = i.client_id
    LEFT JOIN dunning_exclusions x ON x.invoice_id = i.id
    ORDER BY ${order}
  `
  return { page, condition, onePass }
}

/**
 * One page of invoices and credit notes, filtered and sorted in SQL, with the total count.
 * The page's ids are chosen first from the invoices alone; balances, dispute flags and
 * client names are then computed for those rows only, so a deep page costs no more than
 * the first. The client search looks up the matching clients once rather than joining
 * every invoice to its client.
 */
export function listInvoices(db: Db, today: IsoDate, query: InvoiceQuery): InvoicePage {
  const { page, condition, onePass } = invoicePageSql(today, query)
  const rows = db.all<{
    total: number | null
    id: number
    client_id: number
    client_code: string
    client_name: string
    number: string
    kind: InvoiceRow['kind']
    issue_date: string
    due_date: string
    amount_cents: number
    balance_cents: number
    disputed: number
    excluded_on: string | null
    excluded_reason: string | null
  }>(page)
  const counted = () => db.get<{ n: number }>(sql`SELECT count(*) AS n FROM invoices i WHERE ${condition}`)?.n ?? 0
  // An empty page past the end carries no window count: count apart then.
  const total = onePass && (rows.length > 0 || query.offset === 0) ? (rows[0]?.total ?? 0) : counted()
  return {
    total,
    rows: rows.map((row) => {
      const state = invoiceState(row.kind, row.amount_cents, row.balance_cents, row.due_date, today)
      return {
        id: row.id,
        clientId: row.client_id,
        clientCode: row.client_code,
        clientName: row.client_name,
        number: row.number,
        kind: row.kind,
        issueDate: row.issue_date,
        dueDate: row.due_date,
        amountCents: row.amount_cents,
        balanceCents: row.balance_cents,
        state,
        daysLate: state === 'overdue' ? daysBetween(row.due_date, today) : 0,
        disputed: row.disputed === 1,
        dunningExclusion: row.excluded_on === null ? null : { since: row.excluded_on, reason: row.excluded_reason },
      }
    }),
  }
}

/** Open invoices of a client with what is still owed, for allocating a payment. */
export function openInvoicesOf(db: Db, clientId: number) {
  return db.all<{ invoiceId: number; dueDate: string; issueDate: string; balanceCents: number }>(sql`
    SELECT i.id AS invoiceId, i.due_date AS dueDate, i.issue_date AS issueDate, ${invoiceBalanceSql} AS balanceCents
    FROM invoices i
    WHERE i.client_id = ${clientId} AND ${openInvoiceSql}
  `)
}
