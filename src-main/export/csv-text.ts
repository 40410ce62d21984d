/**
 * A cell of the French CSVs Encaisse writes (semicolons): the exports and the rejected
 * lines of an import. The one place that quotes a CSV cell.
 */

const NEEDS_QUOTES = /[;"\r\n]/
/** What makes a spreadsheet read a cell as a formula (OWASP's CSV injection list, as csv-stringify's escape_formulas). */
const FORMULA_START = /^[=+\-@\t\r]/

/** The cell as written, quoted when it holds a separator, a quote or a line break. */
export function quoteCsvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/**
 * A text cell of an export, quoted when needed. Client names come from imported files: one
 * starting with « = » would run as a formula in Excel, so it is prefixed with an apostrophe,
 * which Excel shows as text. (The rejected lines of an import are written as they were read,
 * with quoteCsvCell, so that they can be corrected and imported again.)
 */
export function csvText(value: string): string {
  return quoteCsvCell(FORMULA_START.test(value) ? `'${value}` : value)
}
