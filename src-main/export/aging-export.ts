import type { AgingReport, ExportFormat } from '../../src-shared/contract/aging'
import type { ExportedFile } from '../../src-shared/contract/exported-file'
import { formatFrenchDate, type IsoDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { agingCsv } from './aging-csv'
import { agingPdf } from './aging-pdf'
import { agingTable } from './aging-table'
import { buildXlsx } from './xlsx-writer'

/** The filters the report was drawn with, for the heading of a printed copy. */
export interface AgingExportFilters {
  segment?: string | undefined
  minimumCents?: number | undefined
  onlyLate: boolean
  search?: string | undefined
}

const MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
}

/** What a reader of the printed page needs to know about how it was drawn. */
function headingDetails(report: AgingReport, filters: AgingExportFilters, printedOn: IsoDate): string[] {
  const applied = [
    filters.segment !== undefined ? `segment « ${filters.segment} »` : null,
    filters.minimumCents !== undefined ? `solde d’au moins ${formatEuros(filters.minimumCents)}` : null,
    filters.onlyLate ? 'clients en retard uniquement' : null,
    filters.search !== undefined ? `recherche « ${filters.search} »` : null,
  ].filter((part): part is string => part !== null)
  const dso = report.dsoDays === null ? 'DSO du dossier : sans objet (aucune vente)' : `DSO du dossier : ${report.dsoDays} jours`
  return [
    applied.length > 0 ? `Filtres : ${applied.join(' ; ')}.` : 'Tous les clients ayant un solde.',
    `${dso} · Édité le ${formatFrenchDate(printedOn)} avec Encaisse.`,
  ]
}

/** The whole report as a file in the chosen format, named after its date. */
export async function exportAging(
  report: AgingReport,
  format: ExportFormat,
  context: { filters: AgingExportFilters; companyName: string | null; printedOn: IsoDate },
): Promise<ExportedFile> {
  const table = agingTable(report)
  const fileName = `balance-agee-${report.asOf}.${format}`
  const details = headingDetails(report, context.filters, context.printedOn)
  // The spreadsheet files say what the PDF says on top: the date, the company, the filters.
  const title = `Balance âgée au ${formatFrenchDate(report.asOf)}${context.companyName ? ` — ${context.companyName}` : ''}`
  let bytes: Uint8Array
  switch (format) {
    case 'csv':
      bytes = agingCsv(table, [title, ...details])
      break
    case 'xlsx':
      bytes = buildXlsx([{ name: 'Balance âgée', columns: table.columns, rows: table.rows, totalsRow: table.totals, preamble: [title, ...details] }])
      break
    case 'pdf':
      bytes = await agingPdf(table, { asOf: report.asOf, companyName: context.companyName, details })
      break
  }
  return { fileName, mimeType: MIME_TYPES[format], base64: Buffer.from(bytes).toString('base64') }
}
