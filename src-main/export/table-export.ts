import type { ExportedFile } from '../../src-shared/contract/exported-file'
import { agingCsv } from './aging-csv'
import type { AgingTable } from './aging-table'
import { buildXlsx } from './xlsx-writer'

/**
 * A table of cells as the CSV or Excel file a list exports, written by the aged balance's
 * writers; `dateColumns` hold ISO dates, which Excel gets as real dates.
 */
export function exportTable(table: AgingTable, format: 'csv' | 'xlsx', baseName: string, sheetName: string, dateColumns: readonly number[]): ExportedFile {
  const fileName = `${baseName}.${format}`
  if (format === 'csv') {
    return { fileName, mimeType: 'text/csv;charset=utf-8', base64: agingCsv(table).toString('base64') }
  }
  const columns = table.columns.map((column, index) => ({ header: column.header, kind: dateColumns.includes(index) ? ('date' as const) : column.kind }))
  const bytes = buildXlsx([{ name: sheetName, columns, rows: table.rows, totalsRow: table.totals }])
  return { fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: Buffer.from(bytes).toString('base64') }
}
