import { sql } from 'drizzle-orm'
import type { DashboardSummary, Debtor } from '../../../src-shared/contract/dashboard'
import type { IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { clientBalanceSql, clientOverdueSql } from './client-balances'
import { invoiceBalanceSql, openInvoiceSql } from './invoice-balance'

const TOP_DEBTORS = 5

/** The figures of the dashboard's first screen, all from SQL on the whole dossier. */
export function dashboardSummary(db: Db, today: IsoDate): DashboardSummary {
  const totals = db.get<{ outstanding: number | null; overdue: number | null; late: number; credits: number | null }>(sql`
    SELECT sum(balance) AS outstanding,
           sum(CASE WHEN due_date < ${today} THEN balance ELSE 0 END) AS overdue,
           count(CASE WHEN due_date < ${today} THEN 1 END) AS late,
           (SELECT coalesce(sum(i.amount_cents - i.settled_cents), 0) FROM invoices i
             WHERE i.kind = 'credit_note' AND i.settled_cents < i.amount_cents)
             + (SELECT coalesce(sum(p.amount_cents - p.allocated_cents), 0) FROM payments p
             WHERE p.allocated_cents < p.amount_cents) AS credits
    FROM (SELECT i.due_date, ${invoiceBalanceSql} AS balance FROM invoices i WHERE ${openInvoiceSql}) open_items
  `)
  const topDebtors = db.all<Debtor>(sql`
    SELECT clientId, code, name, balanceCents, overdueCents
    FROM (
      SELECT c.id AS clientId, c.code AS code, c.name AS name, c.search_key AS sortKey,
             ${clientBalanceSql()} AS balanceCents, ${clientOverdueSql(today)} AS overdueCents
      FROM clients c
    )
    WHERE balanceCents > 0
    ORDER BY balanceCents DESC, sortKey
    LIMIT ${TOP_DEBTORS}
  `)
  return {
    outstandingCents: totals?.outstanding ?? 0,
    overdueCents: totals?.overdue ?? 0,
    lateInvoiceCount: totals?.late ?? 0,
    unallocatedCreditCents: totals?.credits ?? 0,
    topDebtors,
  }
}
