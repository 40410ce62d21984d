import { sql, type SQL } from 'drizzle-orm'
import type { CashForecast } from '../../../src-shared/contract/dashboard'
import { addDays, type IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { invoiceBalanceSql, invoiceDisputedSql, openInvoiceSql } from './invoice-balance'
import { paymentDelayHistorySql } from './payment-delays'

const WEEKS = 8
/** Slots besides the weeks (0–7) and "later" (8). */
const DISPUTED = -1
const BEHIND_SCHEDULE = -2

/**
 * When the money still owed on open invoices should come in, week by week.
 *
 * Each open invoice is expected on its due date + its client's average payment delay
 * (payment-delays.ts: amount-weighted, over the last 12 months). A client with no such
 * history gets the dossier's average delay (all clients' payments together, weighted by
 * amount); a dossier with no history at all, the due date itself. Delays are rounded to
 * the day, half away from zero (SQLite's round). An expected date before today is not
 * lost: the client is later than its habit, so it falls in week 1, the seven days
 * starting today, and is also counted apart so that the screen can say so.
 * Disputed invoices are set apart: until the dispute ends nothing says when, or whether,
 * they will be paid. The clients' unallocated credits are not deducted: that money is
 * already in, it is no cash to come.
 *
 * One statement: the history grouped by client, then one pass over the open invoices'
 * covering partial index, grouped into slots. The dossier's average is the statement's
 * left side, so it is known even when nothing is owed.
 */
export function cashForecast(db: Db, today: IsoDate): CashForecast {
  const rows = db.all<{ dossierDelay: number | null; slot: number | null; amount: number | null }>(cashForecastSql(today))
  const bySlot = new Map(rows.map((row) => [row.slot, row.amount ?? 0]))
  const behindScheduleCents = bySlot.get(BEHIND_SCHEDULE) ?? 0
  return {
    weeks: Array.from({ length: WEEKS }, (_, week) => ({
      startsOn: addDays(today, week * 7),
      amountCents: (bySlot.get(week) ?? 0) + (week === 0 ? behindScheduleCents : 0),
    })),
    behindScheduleCents,
    laterCents: bySlot.get(WEEKS) ?? 0,
    disputedCents: bySlot.get(DISPUTED) ?? 0,
    dossierDelayDays: rows[0]?.dossierDelay ?? null,
  }
}

export function cashForecastSql(today: IsoDate): SQL {
  return sql`
    WITH history AS MATERIALIZED (${paymentDelayHistorySql(today)}),
    client_delay AS (SELECT client_id, CAST(round(weighted_days / weight) AS INTEGER) AS days FROM history),
    dossier_delay AS (SELECT CAST(round(total(weighted_days) / total(weight)) AS INTEGER) AS days FROM history)
    SELECT dossier_delay.days AS dossierDelay, slots.slot AS slot, slots.amount AS amount
    FROM dossier_delay LEFT JOIN (
      SELECT CASE WHEN disputed THEN ${DISPUTED}
                  WHEN days_to_expected < 0 THEN ${BEHIND_SCHEDULE}
                  ELSE min(days_to_expected / 7, ${WEEKS}) END AS slot,
             sum(balance) AS amount
      FROM (
        SELECT ${invoiceDisputedSql} AS disputed, ${invoiceBalanceSql} AS balance,
               CAST(julianday(i.due_date) - julianday(${today}) AS INTEGER)
                 + coalesce(d.days, (SELECT days FROM dossier_delay), 0) AS days_to_expected
        FROM invoices i LEFT JOIN client_delay d ON d.client_id = i.client_id
        WHERE ${openInvoiceSql}
      )
      GROUP BY slot
    ) slots ON true`
}
