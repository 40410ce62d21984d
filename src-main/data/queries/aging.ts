import { sql, type SQL } from 'drizzle-orm'
import type { AgingRow, AgingSort, AgingTotals } from '../../../src-shared/contract/aging'
import { addDays, type IsoDate } from '../../../src-shared/dates'
import { likeContains } from '../french-text'
import type { Db } from '../open-dossier'
import { openInvoiceSql } from './invoice-balance'
import { creditsAsOfCtes } from './ledger-as-of'

export interface AgingQuery {
  segment?: string | undefined
  minimumCents?: number | undefined
  onlyLate: boolean
  search?: string | undefined
  sort: AgingSort
  descending: boolean
  offset: number
  /** Absent: every row. */
  limit?: number | undefined
}

/**
 * "Due in bucket k as of asOf" on `i.due_date`, for each bucket: not yet due (due on or
 * after asOf), then (limit[k-1], limit[k]] days late, then over the last limit. Written
 * on the due date so that the comparison runs on the index's column.
 */
function bucketConditions(asOf: IsoDate, limits: readonly number[]): SQL[] {
  const bounds = [asOf, ...limits.map((limit) => addDays(asOf, -limit))]
  return [
    sql`i.due_date >= ${asOf}`,
    ...limits.map((_, k) => sql`i.due_date < ${bounds[k]} AND i.due_date >= ${bounds[k + 1]}`),
    sql`i.due_date < ${bounds[limits.length]}`,
  ]
}

/** One `b<k>` column per bucket summing `amount`, plus a zero credit column, for one arm of the union. */
function bucketSums(conditions: SQL[], amount: SQL): SQL {
  const sums = conditions.map((condition, k) => sql`sum(${amount}) FILTER (WHERE ${condition}) AS ${sql.raw(`b${k}`)}`)
  return sql.join([...sums, sql`0 AS credit`], sql`, `)
}

const times = <T>(count: number, each: (k: number) => T): T[] => Array.from({ length: count }, (_, k) => each(k))

function orderBy(sort: AgingSort, descending: boolean): SQL {
  const direction = descending ? 'DESC' : 'ASC'
  const key =
    typeof sort === 'number'
      ? `b${sort}`
      : { name: 'search_key', code: 'code', segment: 'segment IS NULL, segment', total: 'total', credit: 'credit' }[sort]
  // Ties (equal amounts, a segment's clients) in French name order, then by code.
  return sql.raw(`${key} ${direction}, search_key, code`)
}

/**
 * The aged balance as of `asOf`, one row per client owing or owed something, filtered,
 * sorted and paged in SQL, followed by one row of totals over every matching client, so
 * that a page of 200 costs no more to send than it shows. (Window sums would give the
 * totals too, but buffer every row: the second pass over the materialized report is
 * cheaper.)
 *
 * The ledger caches (`settled_cents`, `allocated_cents`) say what is open now. As of an
 * earlier date, the report starts from them and replays only what is dated after asOf:
 * - open invoices (partial index, covering) issued on or before asOf, at their cached balance;
 * - plus each allocation whose source (payment date, credit note issue date) is after
 *   asOf, back onto its invoice if that invoice was issued by asOf: the invoice was still
 *   owed that much then, in the bucket of its due date;
 * - credits: unallocated payments and credit notes dated by asOf, plus what they later
 *   settled on invoices issued after asOf (not yet issued then, so not yet settled).
 * As of today everything "after" is empty and only the partial indexes are read; as of 90
 * days ago the replay touches the few tens of thousands of rows dated since.
 */
export function agingReportSql(asOf: IsoDate, limits: readonly number[], query: AgingQuery): SQL {
  const conditions = bucketConditions(asOf, limits)
  const bucketCount = conditions.length
  const b = times(bucketCount, (k) => `b${k}`)
  const pc = (names: string[], separator: string) => sql.raw(names.map((name) => `pc.${name}`).join(separator))
  const where: SQL[] = [sql`1 = 1`]
  if (query.segment !== undefined) where.push(sql`c.segment_id = (SELECT s2.id FROM segments s2 WHERE s2.name = ${query.segment})`)
  if (query.search !== undefined) where.push(sql`c.search_key LIKE ${likeContains(query.search)} ESCAPE '\\'`)
  if (query.minimumCents !== undefined) where.push(sql`${pc(b, ' + ')} + pc.credit >= ${query.minimumCents}`)
  if (query.onlyLate) where.push(sql`${pc(b.slice(1), ' + ')} > 0`)
  const page = query.limit === undefined ? sql`` : sql`LIMIT ${query.limit} OFFSET ${query.offset}`
  const order = orderBy(query.sort, query.descending)
  return sql`
    WITH ${creditsAsOfCtes(asOf)},
    per_client AS (
      SELECT client_id, ${sql.raw(b.map((name) => `coalesce(sum(${name}), 0) AS ${name}`).join(', '))},
             coalesce(sum(credit), 0) AS credit
      FROM (
        SELECT i.client_id, ${bucketSums(conditions, sql`i.amount_cents - i.settled_cents`)}
        FROM invoices i
        WHERE ${openInvoiceSql} AND i.id NOT IN issued_after
        GROUP BY i.client_id
        UNION ALL
        SELECT i.client_id, ${bucketSums(conditions, sql`a.amount_cents`)}
        FROM payments p CROSS JOIN allocations a ON a.payment_id = p.id CROSS JOIN invoices i ON i.id = a.invoice_id
        WHERE p.date > ${asOf} AND i.kind = 'invoice' AND i.issue_date <= ${asOf}
        GROUP BY i.client_id
        UNION ALL
        SELECT i.client_id, ${bucketSums(conditions, sql`a.amount_cents`)}
        FROM invoices n CROSS JOIN allocations a ON a.credit_note_id = n.id CROSS JOIN invoices i ON i.id = a.invoice_id
        WHERE n.issue_date > ${asOf} AND n.kind = 'credit_note' AND i.kind = 'invoice' AND i.issue_date <= ${asOf}
        GROUP BY i.client_id
        UNION ALL
        SELECT client_id, ${sql.raw(b.map(() => '0').join(', '))}, -sum(remaining) FROM credits GROUP BY client_id
      )
      GROUP BY client_id
    ),
    report AS MATERIALIZED (
      SELECT c.id, c.code, c.name, c.search_key, s.name AS segment,
             ${pc(b, ', ')}, pc.credit, ${pc(b, ' + ')} + pc.credit AS total
      FROM per_client pc CROSS JOIN clients c ON c.id = pc.client_id LEFT JOIN segments s ON s.id = c.segment_id
      WHERE ${sql.join(where, sql` AND `)}
    ),
    page AS (SELECT * FROM report ORDER BY ${order} ${page})
    -- The page's rows numbered in its order, then the totals row: the union keeps that order.
    SELECT 0 AS is_total, row_number() OVER (ORDER BY ${order}) AS position, NULL AS client_count,
           id, code, name, segment, ${sql.raw(b.join(', '))}, credit, total
    FROM page
    UNION ALL
    SELECT 1, NULL, count(*), NULL, NULL, NULL, NULL,
           ${sql.raw([...b, 'credit', 'total'].map((name) => `coalesce(sum(${name}), 0)`).join(', '))}
    FROM report
    ORDER BY is_total, position
  `
}

/** A client's row, or (is_total = 1) the totals of every matching client with their count. */
type ReportRow = Record<string, number | string | null> & {
  is_total: 0 | 1
  client_count: number | null
  id: number
  code: string
  name: string
  segment: string | null
  total: number
  credit: number
}

export interface AgingResult {
  rows: AgingRow[]
  totals: AgingTotals
}

export function agingReport(db: Db, asOf: IsoDate, limits: readonly number[], query: AgingQuery): AgingResult {
  const found = db.all<ReportRow>(agingReportSql(asOf, limits, query))
  const bucketCents = (row: ReportRow) => times(limits.length + 2, (k) => Number(row[`b${k}`]))
  const totals = found.find((row) => row.is_total === 1)
  return {
    rows: found
      .filter((row) => row.is_total === 0)
      .map((row) => ({
        clientId: row.id,
        code: row.code,
        name: row.name,
        segment: row.segment,
        totalCents: row.total,
        bucketCents: bucketCents(row),
        creditCents: row.credit,
      })),
    totals: {
      clientCount: totals?.client_count ?? 0,
      totalCents: totals?.total ?? 0,
      bucketCents: totals ? bucketCents(totals) : times(limits.length + 2, () => 0),
      creditCents: totals?.credit ?? 0,
    },
  }
}
