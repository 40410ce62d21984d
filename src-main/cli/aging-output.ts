import type { AgingReport } from '../../src-shared/contract/aging'
import { formatFrenchDate } from '../../src-shared/dates'
import { centsToDecimalString, formatEuros } from '../../src-shared/money'

/**
 * What `encaisse aging` prints. With --json, the documented shape (README, « Balance
 * âgée en ligne de commande »): amounts as decimal strings, one key per bucket named
 * after the dossier's limits, a client's total being its balance. Without it, a table
 * for a person at a terminal.
 */

type Amounts = Record<string, string>

export interface AgingJson {
  asOf: string
  buckets: string[]
  clients: ({ code: string; name: string } & Amounts)[]
  totals: Amounts
}

function amounts(report: AgingReport, totalCents: number, bucketCents: number[]): Amounts {
  const byBucket = report.buckets.map((bucket, k) => [bucket.key, centsToDecimalString(bucketCents[k] ?? 0)])
  return { total: centsToDecimalString(totalCents), ...Object.fromEntries(byBucket) }
}

export function agingJson(report: AgingReport): AgingJson {
  return {
    asOf: report.asOf,
    buckets: report.buckets.map((bucket) => bucket.key),
    clients: report.rows.map((row) => ({ code: row.code, name: row.name, ...amounts(report, row.totalCents, row.bucketCents) })),
    totals: amounts(report, report.totals.totalCents, report.totals.bucketCents),
  }
}

export function agingText(report: AgingReport): string {
  const NAME = 32
  const AMOUNT = 16
  const cells = (code: string, name: string, values: string[]) =>
    `${code.padEnd(14)} ${name.slice(0, NAME).padEnd(NAME)} ${values.map((value) => value.padStart(AMOUNT)).join(' ')}`
  const euros = (bucketCents: number[], creditCents: number, totalCents: number) => [...bucketCents, creditCents, totalCents].map(formatEuros)
  const { totals } = report
  return [
    `Balance âgée au ${formatFrenchDate(report.asOf)} — ${totals.clientCount} client(s) ; DSO du dossier : ${report.dsoDays ?? '—'} jours`,
    cells('Code', 'Client', [...report.buckets.map((bucket) => bucket.label), 'Crédits', 'Solde']),
    ...report.rows.map((row) => cells(row.code, row.name, euros(row.bucketCents, row.creditCents, row.totalCents))),
    cells('Total', '', euros(totals.bucketCents, totals.creditCents, totals.totalCents)),
  ].join('\n')
}
