import { centsToDecimalString } from '../../src-shared/money'
import type { AgingCell, AgingTable, AgingTableColumn } from './aging-table'
import { csvText } from './csv-text'

/**
 * The aged balance as a CSV a French Excel opens by double-click: semicolons, UTF-8 with
 * a byte-order mark (without it Excel reads Windows-1252 and garbles « é »), CRLF line
 * ends, amounts with a decimal comma and no thousands separator (« 1234,56 »), so that
 * they are read as numbers.
 */

const BOM = '\uFEFF'

function cell(value: AgingCell, column: AgingTableColumn | undefined): string {
  if (value === null) return ''
  if (typeof value === 'number' && column?.kind === 'cents') return centsToDecimalString(value).replace('.', ',')
  return csvText(String(value))
}

/**
 * `preamble`: lines above the table, one cell each, then an empty line: what the file is
 * and how it was drawn, since a file name alone gets lost once the file is forwarded.
 */
export function agingCsv(table: AgingTable, preamble: string[] = []): Buffer {
  const line = (cells: AgingCell[]) => cells.map((value, i) => cell(value, table.columns[i])).join(';')
  const above = preamble.length === 0 ? [] : [...preamble.map(csvText), '']
  const lines = [...above, line(table.columns.map((column) => column.header)), ...table.rows.map(line), line(table.totals)]
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8')
}
