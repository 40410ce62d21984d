import { BOLD, REGULAR } from '../pdf-fonts'
import { PAGE_MARGIN } from './letter-geometry'

/**
 * A table in a letter (invoices, penalty statement, instalments): a shaded header
 * written again at the top of each page the table runs onto, one line per row, amounts
 * right-aligned.
 */

export interface TableColumn {
  header: string
  width: number
  align?: 'right'
}

export interface TableRow {
  cells: string[]
  bold?: boolean
  /** A rule above the row (totals). */
  ruleAbove?: boolean
  /** The first cell runs across the row (a sub-heading), from this column on (0 by default). */
  span?: boolean
  spanFrom?: number
  muted?: boolean
}

const SIZE = 8.5
const ROW = 14
const HEADER = 16
const PADDING = 4
const INK = '#1d2433'
const MUTED = '#5d6677'
const SHADE = '#eef1f5'
const RULE = '#c7cdd8'

/** A text cut with « … » to fit a width at the current font and size. */
export function fitted(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text
  let kept = text
  while (kept.length > 0 && doc.widthOfString(`${kept}…`) > width) kept = kept.slice(0, -1)
  return `${kept.trimEnd()}…`
}

function cell(doc: PDFKit.PDFDocument, value: string, x: number, width: number, y: number, right: boolean): void {
  const shown = fitted(doc, value, width - 2 * PADDING)
  // lineBreak: false and no width: one line, and no page added behind our back.
  doc.text(shown, right ? x + width - PADDING - doc.widthOfString(shown) : x + PADDING, y, { lineBreak: false })
}

/**
 * A left-aligned text runs on over the empty cells after it, as in a spreadsheet: « Indemnité
 * forfaitaire pour frais de recouvrement » is written whole beside its amount, not cut.
 */
function widthUpToNextValue(columns: TableColumn[], cells: string[], index: number): number {
  let width = columns[index]!.width
  for (let next = index + 1; next < columns.length && (cells[next] ?? '') === ''; next++) width += columns[next]!.width
  return width
}

function header(doc: PDFKit.PDFDocument, columns: TableColumn[], y: number): number {
  const width = columns.reduce((sum, column) => sum + column.width, 0)
  doc.rect(PAGE_MARGIN.left, y, width, HEADER).fill(SHADE)
  doc.font(BOLD).fontSize(SIZE - 0.5).fillColor(MUTED)
  let x = PAGE_MARGIN.left
  for (const column of columns) {
    cell(doc, column.header, x, column.width, y + 4.5, column.align === 'right')
    x += column.width
  }
  return y + HEADER + 2
}

export function drawTable(doc: PDFKit.PDFDocument, columns: TableColumn[], rows: TableRow[]): void {
  const width = columns.reduce((sum, column) => sum + column.width, 0)
  const bottom = () => doc.page.height - PAGE_MARGIN.bottom
  // The header and two rows at least together: no header alone at the foot of a page.
  if (doc.y + HEADER + 2 * ROW > bottom()) doc.addPage()
  let y = header(doc, columns, doc.y)
  for (const row of rows) {
    if (y + ROW > bottom()) {
      doc.addPage()
      y = header(doc, columns, PAGE_MARGIN.top)
    }
    if (row.ruleAbove) doc.moveTo(PAGE_MARGIN.left, y).lineTo(PAGE_MARGIN.left + width, y).lineWidth(0.6).strokeColor(RULE).stroke()
    doc.font(row.bold ? BOLD : REGULAR).fontSize(SIZE).fillColor(row.muted ? MUTED : INK)
    if (row.span) {
      const skipped = columns.slice(0, row.spanFrom ?? 0).reduce((sum, column) => sum + column.width, 0)
      cell(doc, row.cells[0] ?? '', PAGE_MARGIN.left + skipped, width - skipped, y + 3, false)
    } else {
      let x = PAGE_MARGIN.left
      columns.forEach((column, index) => {
        const value = row.cells[index] ?? ''
        const right = column.align === 'right'
        cell(doc, value, x, right ? column.width : widthUpToNextValue(columns, row.cells, index), y + 3, right)
        x += column.width
      })
    }
    y += ROW
  }
  doc.x = PAGE_MARGIN.left
  doc.y = y + 4
}
