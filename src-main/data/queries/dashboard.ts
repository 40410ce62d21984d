import { sql } from 'drizzle-orm'
import type { DashboardSummary } from '../../../src-shared/contract/dashboard'
import type { IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { agingBucketTotals } from './aging-bucket-totals'
import { collectedByMonth } from './collections'
import { dossierDso } from './dso'
import { topDebtors } from './top-debtors'

const TOP_DEBTORS = 10

/**
 * The figures of the dashboard, all from SQL on the whole dossier (the eight-week
 * forecast has its own channel: cash-forecast.ts). The invoice totals are read off the
 * aging buckets, which hold every open invoice once: all but the first ("not yet due")
 * are late. The « encours » is the clients' balance as everywhere else (the aged balance's
 * « Solde clients », the sum of the client files): open invoices minus unallocated credits.
 */
export function dashboardSummary(db: Db, today: IsoDate): DashboardSummary {
  const aging = agingBucketTotals(db, today)
  const late = aging.slice(1)
  const openInvoicesCents = sum(aging.map((bucket) => bucket.amountCents))
  const overdueCents = sum(late.map((bucket) => bucket.amountCents))
  const unallocatedCreditCents = unallocatedCredits(db)
  return {
    clientCount: db.get<{ n: number }>(sql`SELECT count(*) AS n FROM clients`)?.n ?? 0,
    outstandingCents: openInvoicesCents - unallocatedCreditCents,
    openInvoicesCents,
    overdueCents,
    overdueShare: openInvoicesCents > 0 ? overdueCents / openInvoicesCents : 0,
    lateInvoiceCount: sum(late.map((bucket) => bucket.invoiceCount)),
    unallocatedCreditCents,
    dsoDays: dossierDso(db, today),
    aging,
    topDebtors: topDebtors(db, today, TOP_DEBTORS),
    collected: collectedByMonth(db, today),
  }
}

/** Unused credit notes and unallocated payments, each through its partial index. */
function unallocatedCredits(db: Db): number {
  const row = db.get<{ credits: number }>(sql`
    SELECT (SELECT coalesce(sum(i.amount_cents - i.settled_cents), 0) FROM invoices i
             WHERE i.kind = 'credit_note' AND i.settled_cents < i.amount_cents)
           + (SELECT coalesce(sum(p.amount_cents - p.allocated_cents), 0) FROM payments p
             WHERE p.allocated_cents < p.amount_cents) AS credits
  `)
  return row?.credits ?? 0
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
