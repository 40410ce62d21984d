import { centsToDecimalString } from '../../src-shared/money'
import type { AgingCell, AgingTable, AgingTableColumn } from './aging-table'

/**
 * The aged balance as a CSV a French Excel opens by double-click: semicolons, UTF-8 with
 * a byte-order mark (without it Excel reads Windows-1252 and garbles « é »), CRLF line
 * ends, amounts with a decimal comma and no thousands separator (« 1234,56 »), so that
 * they are read as numbers.
 */

const BOM = '\uFEFF'
const NEEDS_QUOTES = /[;"\r\n]/
/** What makes a spreadsheet read a cell as a formula (OWASP's CSV injection list, as csv-stringify's escape_formulas). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A text cell, quoted when needed. Client names come from imported files: one starting
 * with « = » would run as a formula in Excel, so it is prefixed with an apostrophe, which
 * Excel shows as text.
 */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

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
