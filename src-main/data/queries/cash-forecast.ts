import { sql, type SQL } from 'drizzle-orm'
import type { CashForecast } from '../../../src-shared/contract/dashboard'
import { addDays, toDayNumber, type IsoDate } from '../../../src-shared/dates'
import type { Db } from '../open-dossier'
import { invoiceBalanceSql, invoiceDisputedSql, openInvoiceSql } from './invoice-balance'
import { paymentDelayHistorySql } from './payment-delays'

export const FORECAST_WEEKS = 8
/** Slots besides the weeks (0–7) and "later" (8). */
const DISPUTED = -1
const UNCERTAIN = -2
/** Slot BEHIND + k: behind the client's habit, spread over the next k weeks (1 ≤ k ≤ 8). */
const BEHIND = 100

/** Days since the Monday of the week holding `date` (0 on a Monday, 6 on a Sunday). */
export function daysSinceMonday(date: IsoDate): number {
  // Day 0 of the day numbers, 1 January 1970, was a Thursday.
  return (toDayNumber(date) + 3) % 7
}

/**
 * When the money still owed on open invoices should come in, in eight calendar weeks from
 * Monday to Sunday, the first being the current week.
 *
 * Each open invoice is expected on its due date + its client's average payment delay
 * (payment-delays.ts: amount-weighted, over the last 12 months); a client with no such
 * history gets the dossier's average delay, a dossier with none the due date itself.
 * Delays are rounded to the day, half away from zero (SQLite's round).
 * What that date has already passed is not "expected next week": the client is behind its
 * habit, and the longer it has been, the less it says about when. Such an invoice is spread
 * evenly over as many weeks as it is already late on the habit (at least one, at most
 * eight): as late again as it already is, on average half of that.
 * Invoices overdue by more than `uncertainAfterDays` are set apart as uncertain: they are
 * counted, but no week can honestly expect them. Disputed invoices are set apart too,
 * until the dispute ends. The clients' unallocated credits are not deducted: that money
 * is already in, it is no cash to come.
 *
 * One statement: the history grouped by client, then one pass over the open invoices'
 * covering partial index, grouped into slots. The dossier's average is the statement's
 * left side, so it is known even when nothing is owed.
 */
export function cashForecast(db: Db, today: IsoDate, uncertainAfterDays: number): CashForecast {
  const rows = db.all<{ dossierDelay: number | null; slot: number | null; amount: number | null }>(cashForecastSql(today, uncertainAfterDays))
  const bySlot = new Map(rows.map((row) => [row.slot, row.amount ?? 0]))
  const onTime = Array.from({ length: FORECAST_WEEKS }, (_, week) => bySlot.get(week) ?? 0)
  const behind = Array.from({ length: FORECAST_WEEKS }, () => 0)
  for (let spread = 1; spread <= FORECAST_WEEKS; spread++) {
    spreadEvenly(bySlot.get(BEHIND + spread) ?? 0, spread).forEach((cents, week) => (behind[week] = (behind[week] ?? 0) + cents))
  }
  const monday = addDays(today, -daysSinceMonday(today))
  return {
    weeks: onTime.map((cents, week) => ({
      startsOn: addDays(monday, week * 7),
      amountCents: cents + (behind[week] ?? 0),
      behindCents: behind[week] ?? 0,
    })),
    behindScheduleCents: behind.reduce((total, cents) => total + cents, 0),
    laterCents: bySlot.get(FORECAST_WEEKS) ?? 0,
    disputedCents: bySlot.get(DISPUTED) ?? 0,
    uncertainCents: bySlot.get(UNCERTAIN) ?? 0,
    uncertainAfterDays,
    dossierDelayDays: rows[0]?.dossierDelay ?? null,
  }
}

/** `cents` in `parts` parts to the cent, the odd cents to the first ones, so that they add up. */
function spreadEvenly(cents: number, parts: number): number[] {
  const base = Math.floor(cents / parts)
  return Array.from({ length: parts }, (_, part) => base + (part < cents - base * parts ? 1 : 0))
}

/** A bound JavaScript number is a REAL to SQLite, and REAL / 7 is no week number: small integers go in as literals. */
function integer(value: number): SQL {
  return sql.raw(String(Math.trunc(value)))
}

export function cashForecastSql(today: IsoDate, uncertainAfterDays: number): SQL {
  return sql`
    WITH history AS MATERIALIZED (${paymentDelayHistorySql(today)}),
    client_delay AS (SELECT client_id, CAST(round(weighted_days / weight) AS INTEGER) AS days FROM history),
    dossier_delay AS (SELECT CAST(round(total(weighted_days) / total(weight)) AS INTEGER) AS days FROM history)
    SELECT dossier_delay.days AS dossierDelay, slots.slot AS slot, slots.amount AS amount
    FROM dossier_delay LEFT JOIN (
      SELECT CASE WHEN disputed THEN ${DISPUTED}
                  WHEN days_overdue > ${uncertainAfterDays} THEN ${UNCERTAIN}
                  WHEN days_to_expected < 0 THEN ${BEHIND} + min((6 - days_to_expected) / 7, ${FORECAST_WEEKS})
                  ELSE min((${integer(daysSinceMonday(today))} + days_to_expected) / 7, ${FORECAST_WEEKS}) END AS slot,
             sum(balance) AS amount
      FROM (
        SELECT o.disputed, o.balance, o.days_overdue,
               coalesce(d.days, dd.days, 0) - o.days_overdue AS days_to_expected
        FROM (
          SELECT i.client_id, ${invoiceDisputedSql} AS disputed, ${invoiceBalanceSql} AS balance,
                 CAST(julianday(${today}) - julianday(i.due_date) AS INTEGER) AS days_overdue
          FROM invoices i WHERE ${openInvoiceSql}
        ) o CROSS JOIN dossier_delay dd LEFT JOIN client_delay d ON d.client_id = o.client_id
      )
      GROUP BY slot
    ) slots ON true`
}
