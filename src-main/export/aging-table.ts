import type { AgingReport } from '../../src-shared/contract/aging'

/**
 * The aged balance as one table of cells, the same for every export format: text cells
 * and amounts in cents, each format writing amounts its own way (CSV « 1234,56 », Excel
 * numbers with a euro format, PDF « 1 234,56 € »).
 */

export interface AgingTableColumn {
  header: string
  kind: 'text' | 'cents'
  /** May be left out of a printed page that many buckets leave too narrow. */
  droppable?: boolean
}

export type AgingCell = string | number | null

export interface AgingTable {
  columns: AgingTableColumn[]
  rows: AgingCell[][]
  totals: AgingCell[]
}

export function agingTable(report: Pick<AgingReport, 'buckets' | 'rows' | 'totals'>): AgingTable {
  const { totals } = report
  const clients = totals.clientCount === 1 ? '1 client' : `${totals.clientCount.toLocaleString('fr-FR')} clients`
  return {
    columns: [
      { header: 'Code client', kind: 'text' },
      { header: 'Client', kind: 'text' },
      { header: 'Segment', kind: 'text', droppable: true },
      ...report.buckets.map((bucket) => ({ header: bucket.label, kind: 'cents' as const })),
      { header: 'Crédits non affectés', kind: 'cents' },
      { header: 'Solde', kind: 'cents' },
    ],
    rows: report.rows.map((row) => [row.code, row.name, row.segment, ...row.bucketCents, row.creditCents, row.totalCents]),
    totals: ['Total', clients, null, ...totals.bucketCents, totals.creditCents, totals.totalCents],
  }
}
