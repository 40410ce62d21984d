import { formatFrenchDate, type IsoDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { BOLD, documentWithDejaVu, pdfBytes, REGULAR } from '../documents/pdf-fonts'
import type { AgingCell, AgingTable, AgingTableColumn } from './aging-table'

/**
 * The aged balance to print: A4 landscape, the title and the company on the first page,
 * the column headers again at the top of every page, amounts right-aligned in French
 * (« 1 234,56 € »), the totals in bold after the last client, « Page 2/5 » at the foot.
 */

export interface AgingPdfHeading {
  asOf: IsoDate
  companyName: string | null
  /** Lines under the title: the filters applied, the DSO. */
  details: string[]
}

const MARGIN = 36
const FONT_SIZE = 7.5
const ROW_HEIGHT = 13
const HEADER_HEIGHT = 26
const CELL_PADDING = 4
/** « 0,00 € » and the headers above it need about this much. */
const MIN_AMOUNT_WIDTH = 46
const MAX_CODE_WIDTH = 90
/** Below this, the client names would be cut too short: droppable columns go. */
const MIN_NAME_WIDTH = 110
const INK = '#1d2433'
const MUTED = '#5d6677'
const RULE = '#c7cdd8'
const SHADE = '#f3f5f8'

interface PlacedColumn extends AgingTableColumn {
  /** Index of the column's cells in the table's rows. */
  index: number
  x: number
  width: number
}

/** A text cut with « … » to fit a width, at the document's current font and size, and its width. */
function fitted(doc: PDFKit.PDFDocument, text: string, width: number): { text: string; width: number } {
  const full = doc.widthOfString(text)
  if (full <= width) return { text, width: full }
  let kept = text
  while (kept.length > 0 && doc.widthOfString(`${kept}…`) > width) kept = kept.slice(0, -1)
  const cut = `${kept.trimEnd()}…`
  return { text: cut, width: doc.widthOfString(cut) }
}

/** The widest of some texts at a face, in points. */
function widest(doc: PDFKit.PDFDocument, font: string, texts: string[]): number {
  doc.font(font).fontSize(FONT_SIZE)
  return Math.max(0, ...texts.map((text) => doc.widthOfString(text)))
}

/**
 * Amount columns are as wide as the widest amount (the totals, in bold, usually); the
 * code column as the longest code; the other text columns share what is left, the name
 * getting the most.
 */
function placeColumns(doc: PDFKit.PDFDocument, table: AgingTable, width: number): PlacedColumn[] {
  const amountIndexes = table.columns.flatMap((column, index) => (column.kind === 'cents' ? [index] : []))
  const amountsOf = (cells: AgingCell[]) => amountIndexes.map((index) => formatEuros(Number(cells[index] ?? 0)))
  const amountWidth =
    Math.max(MIN_AMOUNT_WIDTH, widest(doc, REGULAR, table.rows.flatMap(amountsOf)), widest(doc, BOLD, amountsOf(table.totals))) + 2 * CELL_PADDING
  const codeWidth =
    Math.min(MAX_CODE_WIDTH, Math.max(widest(doc, BOLD, [table.columns[0]?.header ?? '']), widest(doc, REGULAR, table.rows.map((row) => String(row[0] ?? ''))))) +
    2 * CELL_PADDING
  const textWidth = width - amountIndexes.length * amountWidth - codeWidth
  const keepDroppable = textWidth * 0.62 >= MIN_NAME_WIDTH
  const kept = table.columns.map((column, index) => ({ ...column, index })).filter((column) => keepDroppable || !column.droppable)
  const otherText = kept.filter((column) => column.kind === 'text').length - 2
  const nameWidth = otherText > 0 ? textWidth * 0.62 : textWidth
  const otherWidth = otherText > 0 ? (textWidth - nameWidth) / otherText : 0
  let x = MARGIN
  return kept.map((column, position) => {
    const columnWidth = column.kind === 'cents' ? amountWidth : position === 0 ? codeWidth : position === 1 ? nameWidth : otherWidth
    const placed = { ...column, x, width: columnWidth }
    x += columnWidth
    return placed
  })
}

function writeCell(doc: PDFKit.PDFDocument, column: PlacedColumn, value: AgingCell, y: number): void {
  if (value === null) return
  // Amount columns are right-aligned, their headers included.
  const right = column.kind === 'cents'
  const cell = fitted(doc, right && typeof value === 'number' ? formatEuros(value) : String(value), column.width - 2 * CELL_PADDING)
  const x = right ? column.x + column.width - CELL_PADDING - cell.width : column.x + CELL_PADDING
  // lineBreak: false: no wrapping, and no page added behind our back near the bottom.
  doc.text(cell.text, x, y, { lineBreak: false })
}

/** A header on one line, or on two when its column is too narrow (« Crédits non / affectés »). */
function headerLines(doc: PDFKit.PDFDocument, header: string, width: number): string[] {
  if (doc.widthOfString(header) <= width) return [header]
  const words = header.split(' ')
  for (let cut = words.length - 1; cut > 0; cut--) {
    const first = words.slice(0, cut).join(' ')
    if (doc.widthOfString(first) <= width) return [first, fitted(doc, words.slice(cut).join(' '), width).text]
  }
  return [fitted(doc, header, width).text]
}

function writeHeader(doc: PDFKit.PDFDocument, columns: PlacedColumn[], y: number, width: number): number {
  doc.rect(MARGIN, y, width, HEADER_HEIGHT).fill(SHADE)
  doc.font(BOLD).fontSize(FONT_SIZE).fillColor(MUTED)
  for (const column of columns) {
    const lines = headerLines(doc, column.header, column.width - 2 * CELL_PADDING)
    // Bottom-aligned, as spreadsheet headers are: one-line headers sit on the second line.
    lines.forEach((line, i) => writeCell(doc, column, line, y + 4 + (2 - lines.length + i) * (FONT_SIZE + 2)))
  }
  doc.moveTo(MARGIN, y + HEADER_HEIGHT).lineTo(MARGIN + width, y + HEADER_HEIGHT).lineWidth(0.6).strokeColor(RULE).stroke()
  doc.font(REGULAR).fillColor(INK)
  return y + HEADER_HEIGHT + 2
}

export async function agingPdf(table: AgingTable, heading: AgingPdfHeading): Promise<Buffer> {
  const title = `Balance âgée au ${formatFrenchDate(heading.asOf)}`
  const doc = documentWithDejaVu({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: heading.companyName ? `${title} — ${heading.companyName}` : title, Creator: 'Encaisse' },
  })
  const width = doc.page.width - 2 * MARGIN
  const bottom = doc.page.height - MARGIN - 12
  const columns = placeColumns(doc, table, width)

  let y = MARGIN
  doc.font(BOLD).fontSize(16).fillColor(INK).text(title, MARGIN, y, { lineBreak: false })
  y += 22
  if (heading.companyName) {
    doc.font(REGULAR).fontSize(11).text(heading.companyName, MARGIN, y, { lineBreak: false })
    y += 16
  }
  doc.fontSize(8.5).fillColor(MUTED)
  for (const line of heading.details) {
    doc.text(fitted(doc, line, width).text, MARGIN, y, { lineBreak: false })
    y += 12
  }
  y = writeHeader(doc, columns, y + 6, width)

  const writeRow = (cells: AgingCell[], shaded: boolean) => {
    if (y + ROW_HEIGHT > bottom) {
      doc.addPage()
      y = writeHeader(doc, columns, MARGIN, width)
    }
    if (shaded) doc.rect(MARGIN, y, width, ROW_HEIGHT).fill(SHADE).fillColor(INK)
    for (const column of columns) writeCell(doc, column, cells[column.index] ?? null, y + (ROW_HEIGHT - FONT_SIZE) / 2 - 1)
    y += ROW_HEIGHT
  }
  doc.font(REGULAR).fontSize(FONT_SIZE).fillColor(INK)
  // A client's zero amounts are left blank, as on a printed ledger: what is owed stands out.
  table.rows.forEach((cells, i) => writeRow(cells.map((cell) => (cell === 0 ? null : cell)), i % 2 === 1))
  // The totals stay with a rule above them, on the last page.
  if (y + ROW_HEIGHT + 4 > bottom) {
    doc.addPage()
    y = writeHeader(doc, columns, MARGIN, width)
  }
  doc.moveTo(MARGIN, y + 1).lineTo(MARGIN + width, y + 1).lineWidth(1).strokeColor(INK).stroke()
  y += 3
  doc.font(BOLD)
  writeRow(table.totals, false)

  const pages = doc.bufferedPageRange()
  doc.font(REGULAR).fontSize(8).fillColor(MUTED)
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i)
    const footer = `Page ${i + 1}/${pages.count}`
    doc.text(footer, MARGIN + width - doc.widthOfString(footer), doc.page.height - MARGIN + 6, { lineBreak: false })
    doc.text(title, MARGIN, doc.page.height - MARGIN + 6, { lineBreak: false })
  }
  return pdfBytes(doc)
}
