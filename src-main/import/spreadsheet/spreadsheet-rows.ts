import type { ImportKind } from '../../../src-shared/contract/imports'
import { readCsvRecords, sniffSeparator, type Separator } from '../text/csv'
import { detectEncodingOfFile } from '../text/encoding'
import { readLines } from '../text/read-lines'
import { readXlsxRows } from '../xlsx/read-xlsx'
import type { SpreadsheetRow } from './spreadsheet-plan'

export interface SpreadsheetSource {
  rows: AsyncIterable<SpreadsheetRow> | Iterable<SpreadsheetRow>
  /** Delimited text only. */
  encoding: string | null
  separator: Separator | null
}

/** Lines read to guess the separator: enough to see past a title line or two. */
const SNIFFED_LINES = 20

/** The rows of a CSV/TSV (separator guessed from its first lines) or of a workbook's first sheet. */
export async function spreadsheetRows(
  path: string,
  kind: Exclude<ImportKind, 'fec'>,
  options: { signal?: AbortSignal; onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<SpreadsheetSource> {
  if (kind === 'xlsx') {
    const sheet = await readXlsxRows(path, { signal: options.signal })
    return { rows: sheet.rows, encoding: null, separator: null }
  }
  const firstLines: string[] = []
  for await (const { text } of readLines(path, { signal: options.signal })) {
    firstLines.push(text)
    if (firstLines.length >= SNIFFED_LINES) break
  }
  const separator = sniffSeparator(firstLines)
  const encoding = await detectEncodingOfFile(path)
  return { rows: readCsvRecords(path, { separator, signal: options.signal, onProgress: options.onProgress }), encoding, separator }
}
