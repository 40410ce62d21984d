import { sql, type SQL } from 'drizzle-orm'
import type { MonthCollection } from '../../../src-shared/contract/dashboard'
import { addDays, endOfMonth, type IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'

/**
 * Cash collected in the calendar month of `today` and in the month before: the payments
 * dated in each month, whole (allocated to invoices or left as a credit of the client).
 * Credit notes do not count: they cancel a debt, no money comes in. The current month is
 * the whole calendar month, so a payment recorded ahead of its date counts in its month.
 * What an import found settled on a date its source does not give (`date_assumed`) is no
 * money seen coming in that month and is left out. One range over the payments' date index.
 */
export function collectedByMonth(db: Db, today: IsoDate): { thisMonth: MonthCollection; lastMonth: MonthCollection } {
  const { thisMonthStart, lastMonthStart } = monthsOf(today)
  const row = db.get<{ thisMonth: number; lastMonth: number }>(collectedByMonthSql(today))
  return {
    thisMonth: { month: thisMonthStart.slice(0, 7), amountCents: row?.thisMonth ?? 0 },
    lastMonth: { month: lastMonthStart.slice(0, 7), amountCents: row?.lastMonth ?? 0 },
  }
}

export function collectedByMonthSql(today: IsoDate): SQL {
  const { thisMonthStart, lastMonthStart } = monthsOf(today)
  return sql`
    SELECT coalesce(sum(CASE WHEN p.date >= ${thisMonthStart} THEN p.amount_cents END), 0) AS thisMonth,
           coalesce(sum(CASE WHEN p.date < ${thisMonthStart} THEN p.amount_cents END), 0) AS lastMonth
    FROM payments p
    WHERE p.date BETWEEN ${lastMonthStart} AND ${endOfMonth(today)} AND NOT p.date_assumed`
}

function monthsOf(today: IsoDate): { thisMonthStart: IsoDate; lastMonthStart: IsoDate } {
  const thisMonthStart = `${today.slice(0, 7)}-01`
  return { thisMonthStart, lastMonthStart: `${addDays(thisMonthStart, -1).slice(0, 7)}-01` }
}
