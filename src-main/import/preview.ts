import {
  IMPORT_TARGETS,
  type ColumnMapping,
  type ImportFieldInfo,
  type ImportPreview,
  type ImportTarget,
} from '../../src-shared/contract/imports'
import { clientAccountsOf } from '../data/import/client-accounts'
import type { Dossier } from '../data/open-dossier'
import { presetForHeaders } from '../data/import/presets'
import { autoMapColumns, guessTarget, IMPORT_FIELDS } from './columns'
import { fecLayoutOf, type FecLayout } from './fec/fec-layout'
import { sourceKindOf } from './source-kind'
import type { SpreadsheetRow } from './spreadsheet/spreadsheet-plan'
import { spreadsheetRows } from './spreadsheet/spreadsheet-rows'
import { detectAmountFormat } from '../../src-shared/amounts'
import { detectDateFormat } from './text/import-dates'
import { readLines } from './text/read-lines'

/** Rows shown under the headers on the mapping screen, and used to guess the formats. */
const PREVIEW_ROWS = 12
/** Rows before the header an export may carry (a title, a date, a blank line). */
const HEADER_SEARCH_ROWS = 10

const FIELD_INFO = Object.fromEntries(
  IMPORT_TARGETS.map((target) => [target, IMPORT_FIELDS[target].map(({ key, label, required }) => ({ key, label, required }))]),
) as Record<ImportTarget, ImportFieldInfo[]>

/**
 * The first rows of a file and how Encaisse proposes to read it: a preset saved for files
 * with these headers, else columns mapped from their names and formats guessed from the
 * values. The user corrects it on the mapping screen before anything is written.
 */
export async function previewOf(
  dossier: Dossier,
  path: string,
  fileName: string,
  uploadId: string,
  headerLine?: number,
): Promise<ImportPreview> {
  const kind = await sourceKindOf(path)
  const base = { uploadId, fileName, kind, fields: FIELD_INFO, clientAccounts: clientAccountsOf(dossier) }
  if (kind === 'fec') {
    const rows: string[][] = []
    let layout: FecLayout | null = null
    for await (const { text } of readLines(path)) {
      layout ??= fecLayoutOf(text)
      rows.push(text.split(layout.separator))
      if (rows.length > PREVIEW_ROWS) break
    }
    const proposals = { clients: [], invoices: [], payments: [] }
    const headers = layout?.names ?? []
    return { ...base, encoding: null, separator: null, headers, rows: rows.slice(1), mapping: null, proposals, presetName: null }
  }
  const source = await spreadsheetRows(path, kind)
  const firstRows: SpreadsheetRow[] = []
  for await (const row of source.rows) {
    firstRows.push(row)
    if (firstRows.length >= HEADER_SEARCH_ROWS + PREVIEW_ROWS) break
  }
  const headerIndex =
    headerLine === undefined
      ? headerRowIndex(firstRows.map((row) => row.cells))
      : Math.max(0, firstRows.findIndex((row) => row.lineNumber >= headerLine))
  const headers = (firstRows[headerIndex]?.cells ?? []).map((cell) => cell.trim())
  const rows = firstRows.slice(headerIndex + 1, headerIndex + 1 + PREVIEW_ROWS).map((row) => row.cells)
  const preset = presetForHeaders(dossier, headers)
  return {
    ...base,
    encoding: source.encoding,
    separator: source.separator,
    headers,
    rows,
    mapping: preset?.mapping ?? guessedMapping(headers, rows, firstRows[headerIndex]?.lineNumber ?? 1),
    proposals: Object.fromEntries(IMPORT_TARGETS.map((target) => [target, autoMapColumns(headers, target)])) as ImportPreview['proposals'],
    presetName: preset?.name ?? null,
  }
}

/** The header is the first row where at least two columns are recognised; else the first row. */
function headerRowIndex(rows: string[][]): number {
  const index = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((cells) => autoMapColumns(cells, guessTarget(cells)).filter((field) => field !== null).length >= 2)
  return Math.max(0, index)
}

function guessedMapping(headers: string[], rows: string[][], headerLine: number): ColumnMapping {
  const target = guessTarget(headers)
  const columns = autoMapColumns(headers, target)
  const valuesOf = (kind: 'amount' | 'date') =>
    columns.flatMap((field, index) =>
      IMPORT_FIELDS[target].some((spec) => spec.key === field && spec.kind === kind)
        ? rows.map((cells) => (cells[index] ?? '').trim()).filter(Boolean)
        : [],
    )
  return {
    target,
    columns,
    decimal: detectAmountFormat(valuesOf('amount')).decimal,
    dateFormat: detectDateFormat(valuesOf('date')) ?? 'dd/mm/yyyy',
    headerLine,
  }
}
