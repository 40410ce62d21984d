import { strToU8, zipSync } from 'fflate'
import { isIsoDate } from '../../src-shared/dates'
import { centsToDecimalString } from '../../src-shared/money'
import { isoDateToExcelSerial } from '../import/xlsx/excel-dates'
import { encodeOoxmlText } from '../import/xlsx/ooxml-text'

/**
 * Writes a small .xlsx workbook (aged balance, rejected lines, test fixtures): the
 * fewest parts Excel and LibreOffice open without a repair prompt. Amounts are real
 * numbers with a euro format, dates real dates, so the accountant can sum and sort
 * them; the header row is bold and frozen.
 */

export interface XlsxColumn {
  header: string
  /** cents: integer cents shown as euros; date: an ISO date shown dd/mm/yyyy. */
  kind: 'text' | 'cents' | 'date' | 'integer'
  /** In characters; by default fitted to the header and the values (8 to 60). */
  width?: number
}

export type XlsxValue = string | number | null

export interface XlsxSheet {
  /** Shortened to 31 characters and rid of []:*?/\ as Excel requires; made unique. */
  name: string
  columns: XlsxColumn[]
  /**
   * By column kind: cents and integer columns take integers, date columns ISO dates.
   * A string in a number column (a label such as « — ») is written as text; null or ''
   * leaves the cell empty.
   */
  rows: XlsxValue[][]
  /** Written in bold after the rows. */
  totalsRow?: XlsxValue[]
  /**
   * Lines written above the header, one per row in column A (the first in bold), then an
   * empty row: what the sheet is (« Balance âgée au … ») and how it was drawn (filters).
   */
  preamble?: string[]
}

type Kind = XlsxColumn['kind']

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

const EURO_FORMAT = 164
const DATE_FORMAT = 165
/** Built-in format `0`. */
const INTEGER_FORMAT = 1

/** cellXfs holds each kind twice, regular then bold: style index = KIND_STYLE[kind] + (bold ? 1 : 0). */
const KIND_STYLE: Record<Kind, number> = { text: 0, cents: 2, date: 4, integer: 6 }
const KIND_FORMAT: Record<Kind, number> = { text: 0, cents: EURO_FORMAT, date: DATE_FORMAT, integer: INTEGER_FORMAT }
const KINDS: readonly Kind[] = ['text', 'cents', 'date', 'integer']

const MIN_WIDTH = 8
const MAX_WIDTH = 60
const SHEET_NAME_LENGTH = 31

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'))
}

/** A = 0, Z = 25, AA = 26. */
function columnLetters(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

function styleAttribute(kind: Kind, bold: boolean): string {
  const style = KIND_STYLE[kind] + (bold ? 1 : 0)
  return style === 0 ? '' : ` s="${style}"`
}

function numberCell(reference: string, value: string, kind: Kind, bold: boolean): string {
  return `<c r="${reference}"${styleAttribute(kind, bold)}><v>${value}</v></c>`
}

function textCell(reference: string, text: string, bold: boolean): string {
  const escaped = escapeXml(encodeOoxmlText(text))
  return `<c r="${reference}" t="inlineStr"${styleAttribute('text', bold)}><is><t xml:space="preserve">${escaped}</t></is></c>`
}

function cellXml(reference: string, value: XlsxValue, kind: Kind, bold: boolean): string {
  if (value === null || value === '') return ''
  if (typeof value === 'string') {
    if (kind === 'date' && isIsoDate(value)) return numberCell(reference, String(isoDateToExcelSerial(value)), 'date', bold)
    return textCell(reference, value, bold)
  }
  if (kind === 'date') throw new RangeError(`${reference}: a date column takes ISO dates, not ${value}`)
  if (kind !== 'text' && !Number.isSafeInteger(value)) throw new RangeError(`${reference}: ${kind} must be an integer, not ${value}`)
  if (!Number.isFinite(value)) throw new RangeError(`${reference}: ${value} is not a number`)
  // Cents become euros through integer arithmetic on the digits, never by dividing a float.
  return numberCell(reference, kind === 'cents' ? centsToDecimalString(value) : String(value), kind, bold)
}

function rowXml(rowNumber: number, values: XlsxValue[], columns: XlsxColumn[], bold: boolean): string {
  const cells = values.map((value, index) => cellXml(`${columnLetters(index)}${rowNumber}`, value, columns[index]?.kind ?? 'text', bold))
  return `<row r="${rowNumber}">${cells.join('')}</row>`
}

/** Characters a value takes on screen, near enough to size its column. */
function displayLength(value: XlsxValue, kind: Kind): number {
  if (value === null) return 0
  // An ISO date is as long as its dd/mm/yyyy display.
  if (typeof value === 'string') return value.length
  if (kind !== 'cents') return String(value).length
  const units = centsToDecimalString(Math.abs(value)).length - 3
  // Thousands separators, the decimal part and " €".
  return units + Math.floor((units - 1) / 3) + 5 + (value < 0 ? 1 : 0)
}

function columnWidths(sheet: XlsxSheet): number[] {
  const allRows = sheet.totalsRow ? [...sheet.rows, sheet.totalsRow] : sheet.rows
  return sheet.columns.map((column, index) => {
    if (column.width !== undefined) return column.width
    const longest = allRows.reduce((max, row) => Math.max(max, displayLength(row[index] ?? null, column.kind)), column.header.length)
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2))
  })
}

function worksheetXml(sheet: XlsxSheet, selected: boolean): string {
  const { columns, rows, totalsRow } = sheet
  const preamble = sheet.preamble ?? []
  // The preamble and its blank row push the table down; the header stays the frozen row.
  const headerRow = preamble.length === 0 ? 1 : preamble.length + 2
  const above = preamble.map((line, index) => rowXml(index + 1, [line], [], index === 0))
  const header = rowXml(headerRow, columns.map((column) => column.header), [], true)
  const body = rows.map((row, index) => rowXml(headerRow + 1 + index, row, columns, false))
  const totals = totalsRow ? [rowXml(headerRow + 1 + rows.length, totalsRow, columns, true)] : []
  const lastRow = headerRow + rows.length + totals.length
  const lastColumn = rows.reduce((max, row) => Math.max(max, row.length), Math.max(columns.length, totalsRow?.length ?? 0))
  const dimension = lastColumn === 0 ? 'A1' : `A1:${columnLetters(lastColumn - 1)}${lastRow}`
  const cols = columnWidths(sheet)
    .map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`)
    .join('')
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>` +
    `<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${[...above, header, ...body, ...totals].join('')}</sheetData>` +
    '</worksheet>'
  )
}

function stylesXml(): string {
  const xfs = KINDS.flatMap((kind) =>
    [0, 1].map((font) => {
      const format = KIND_FORMAT[kind]
      const apply = `${format ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}`
      return `<xf numFmtId="${format}" fontId="${font}" fillId="0" borderId="0" xfId="0"${apply}/>`
    }),
  )
  const font = (bold: boolean) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`
  return (
    XML_DECLARATION +
    `<styleSheet xmlns="${MAIN_NS}">` +
    `<numFmts count="2"><numFmt numFmtId="${EURO_FORMAT}" formatCode="${escapeXml('#,##0.00 "€"')}"/>` +
    `<numFmt numFmtId="${DATE_FORMAT}" formatCode="dd/mm/yyyy"/></numFmts>` +
    `<fonts count="2">${font(false)}${font(true)}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  )
}

/** Sheet names Excel accepts: no []:*?/\, no quote at either end, 31 characters, unique without case. */
export function excelSheetNames(names: string[]): string[] {
  const used = new Set<string>()
  return names.map((name, index) => {
    const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, SHEET_NAME_LENGTH).trim()
    const base = cleaned || `Feuille ${index + 1}`
    let unique = base
    for (let n = 2; used.has(unique.toLowerCase()); n++) {
      const suffix = ` (${n})`
      unique = base.slice(0, SHEET_NAME_LENGTH - suffix.length) + suffix
    }
    used.add(unique.toLowerCase())
    return unique
  })
}

export function buildXlsx(sheets: XlsxSheet[]): Uint8Array {
  if (sheets.length === 0) throw new RangeError('a workbook needs at least one sheet')
  const names = excelSheetNames(sheets.map((sheet) => sheet.name))
  const sheetEntries = sheets.map((sheet, index) => [`xl/worksheets/sheet${index + 1}.xml`, worksheetXml(sheet, index === 0)] as const)

  const contentTypes =
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheetEntries
      .map(([path]) => `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('') +
    '</Types>'
  const packageRels =
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>'
  const workbook =
    XML_DECLARATION +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    names.map((name, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('') +
    '</sheets></workbook>'
  const workbookRels =
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_REL_NS}">` +
    sheetEntries
      .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
      .join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    '</Relationships>'

  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(packageRels),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels),
    'xl/styles.xml': strToU8(stylesXml()),
  }
  for (const [path, xml] of sheetEntries) files[path] = strToU8(xml)
  // Level 1: several times faster than the default on a large sheet, for a file a fifth bigger.
  return zipSync(files, { level: 1 })
}
