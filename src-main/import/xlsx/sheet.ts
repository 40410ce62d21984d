import { excelSerialToIsoDate } from './excel-dates'
import { canonicalNumberText } from './number-text'
import { decodeOoxmlText } from './ooxml-text'
import { parseXmlPart } from './xml'

/**
 * The cells of one worksheet as text, row by row, the way a CSV would give them:
 * strings as written, numbers in canonical decimal text, date-styled numbers as ISO
 * dates, booleans as `1`/`0`, errors as Excel shows them (`#N/A`).
 */

export interface SheetRow {
  /** The row number in Excel (1 for the first row). */
  lineNumber: number
  /** cells[0] is column A; missing cells are ''. */
  cells: string[]
}

export interface SheetContext {
  sharedStrings: string[]
  dateStyles: boolean[]
  date1904: boolean
}

/** Column of a cell reference, A = 0: `AB12` → 27. */
function columnIndex(reference: string): number {
  let column = 0
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i)
    if (code < 65 || code > 90) break
    column = column * 26 + code - 64
  }
  return column - 1
}

interface OpenCell {
  type: string
  style: number
  value: string
}

function cellText(cell: OpenCell, context: SheetContext): string {
  switch (cell.type) {
    case 's':
      return context.sharedStrings[Number(cell.value)] ?? ''
    case 'inlineStr':
    case 'str':
      return decodeOoxmlText(cell.value)
    case 'b':
    case 'e':
      return cell.value
    case 'd':
      // ISO 8601 date cells (strict OOXML): the date part is the calendar date.
      return cell.value.slice(0, 10)
    default:
      if (cell.value === '') return ''
      if (context.dateStyles[cell.style]) return excelSerialToIsoDate(Number(cell.value), context.date1904) ?? canonicalNumberText(cell.value)
      return canonicalNumberText(cell.value)
  }
}

/** Rows with at least one non-empty cell; formatted but empty rows are left out. */
export async function readSheetRows(partName: string, bytes: Uint8Array, context: SheetContext, signal?: AbortSignal): Promise<SheetRow[]> {
  const rows: SheetRow[] = []
  let rowNumber = 0
  let cells: string[] = []
  let column = -1
  let cell: OpenCell | null = null
  // Text counts inside <v>, and inside <t> of an inline string (<is>) except phonetic runs.
  let inValue = false
  let inInlineString = false
  let inPhonetic = false

  await parseXmlPart(
    partName,
    bytes,
    {
      open(name, attributes) {
        switch (name) {
          case 'row':
            rowNumber = attributes.r ? Number(attributes.r) : rowNumber + 1
            cells = []
            column = -1
            break
          case 'c':
            column = attributes.r ? columnIndex(attributes.r) : column + 1
            cell = { type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: '' }
            break
          case 'v':
            inValue = true
            break
          case 'is':
            inInlineString = true
            break
          case 'rPh':
            inPhonetic = true
            break
          case 't':
            inValue = inInlineString && !inPhonetic
            break
        }
      },
      close(name) {
        switch (name) {
          case 'v':
          case 't':
            inValue = false
            break
          case 'is':
            inInlineString = false
            break
          case 'rPh':
            inPhonetic = false
            break
          case 'c':
            if (cell) cells[column] = cellText(cell, context)
            cell = null
            break
          case 'row':
            if (cells.some((text) => text !== '')) rows.push({ lineNumber: rowNumber, cells: Array.from(cells, (text) => text ?? '') })
            break
        }
      },
      text(text) {
        if (inValue && cell) cell.value += text
      },
    },
    signal,
  )
  return rows
}
