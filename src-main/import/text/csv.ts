import { DomainError } from '../../../src-shared/result'
import { readLines, type ReadLinesOptions, type TextLine } from './read-lines'

/**
 * CSV as spreadsheets and accounting software write it (RFC 4180 and its French
 * habits): `;` by default because French Excel uses the comma as decimal mark, quotes
 * around cells that hold a separator, a quote (doubled) or a line break.
 */

export type Separator = ';' | ',' | '\t' | '|'

/** In order of preference when two separators fit a file equally well. */
const SEPARATORS: readonly Separator[] = [';', '\t', '|', ',']

/** Excel's limit for one cell: a quoted cell longer than this is a quote never closed. */
const MAX_CELL_LENGTH = 32_767

export interface CsvRecord {
  /** Physical line where the record starts (it may span several when a quoted cell holds line breaks). */
  lineNumber: number
  cells: string[]
}

export interface ReadCsvOptions extends Omit<ReadLinesOptions, 'encoding'> {
  /** Sniffed from the first lines when absent. */
  separator?: Separator
  /** False for formats without quoting (FEC): a `"` is then an ordinary character. */
  quotes?: boolean
}

/** How many lines are looked at to choose the separator. */
const SNIFF_LINES = 20

/**
 * Cells of one record, fed one physical line at a time. A quoted cell may hold line
 * breaks, so a line can end inside a record; the line break is then kept as "\n".
 * Unquoted cells are trimmed; quoted ones are kept exactly, and text after the closing
 * quote (`"abc" ;`, or Excel's lenient `"ab"c`) is appended without its trailing spaces.
 */
class RecordBuilder {
  private cells: string[] = []
  private field = ''
  private quoted = false
  private inQuotes = false

  constructor(private readonly separator: Separator) {}

  get open(): boolean {
    return this.inQuotes
  }

  /** Adds a physical line; true when the record is complete. */
  push(line: string): boolean {
    let i = 0
    if (this.inQuotes) this.field += '\n'
    for (;;) {
      if (this.inQuotes) {
        const quote = line.indexOf('"', i)
        if (quote === -1) {
          this.field += line.slice(i)
          return false
        }
        this.field += line.slice(i, quote)
        if (line.charCodeAt(quote + 1) === 0x22) {
          this.field += '"'
          i = quote + 2
        } else {
          this.inQuotes = false
          i = quote + 1
        }
        continue
      }
      const separator = line.indexOf(this.separator, i)
      const end = separator === -1 ? line.length : separator
      const text = line.slice(i, end)
      if (this.quoted) {
        this.field += text.trimEnd()
      } else {
        const trimmed = text.trimStart()
        if (trimmed.startsWith('"')) {
          this.quoted = true
          this.inQuotes = true
          i += text.length - trimmed.length + 1
          continue
        }
        this.field = trimmed.trimEnd()
      }
      this.cells.push(this.field)
      this.field = ''
      this.quoted = false
      if (separator === -1) return true
      i = separator + 1
    }
  }

  /** Length of the cell being read, to catch a quote that swallows the rest of the file. */
  get fieldLength(): number {
    return this.field.length
  }

  /** The record's cells; the builder is then ready for the next record. */
  take(): string[] {
    if (this.inQuotes) this.cells.push(this.field)
    const cells = this.cells
    this.cells = []
    this.field = ''
    this.quoted = false
    this.inQuotes = false
    return cells
  }
}

/** Cells of one line; a quote left open runs to the end of the line. */
export function parseCsvLine(line: string, separator: Separator): string[] {
  const builder = new RecordBuilder(separator)
  builder.push(line)
  return builder.take()
}

/**
 * The separator whose count per line (outside quotes) is the same on the most lines;
 * `;` wins a tie, as French Excel writes it and a comma may be a decimal mark.
 */
export function sniffSeparator(firstLines: string[]): Separator {
  const lines = firstLines.filter((line) => line.trim() !== '')
  let best: Separator = ';'
  let bestScore = 0
  for (const separator of SEPARATORS) {
    const counts = lines.map((line) => parseCsvLine(line, separator).length - 1)
    const frequency = new Map<number, number>()
    for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1)
    const score = Math.max(0, ...frequency.values())
    if (score > bestScore) {
      best = separator
      bestScore = score
    }
  }
  return best
}

function unterminatedQuote(lineNumber: number): DomainError {
  return new DomainError('IMPORT_FORMAT', `Ligne ${lineNumber} : guillemet ouvert jamais refermé (fichier tronqué ?).`, {
    line: lineNumber,
  })
}

/**
 * Yields the records of a CSV/TSV file with the line where each starts. Lines with
 * only empty cells (blank lines, Excel's trailing `;;;;`) are skipped.
 */
export async function* readCsvRecords(path: string, options: ReadCsvOptions = {}): AsyncGenerator<CsvRecord> {
  const { separator: imposed, quotes = true, ...readOptions } = options
  const lines = readLines(path, readOptions)
  try {
    const firstLines: TextLine[] = []
    while (!imposed && firstLines.length < SNIFF_LINES) {
      const next = await lines.next()
      if (next.done) break
      firstLines.push(next.value)
    }
    const separator = imposed ?? sniffSeparator(firstLines.map((line) => line.text))
    const builder = new RecordBuilder(separator)
    let startLine = 0

    /** The record that `line` completes, if any. */
    const recordEndingWith = (line: TextLine): CsvRecord | null => {
      if (!quotes) return record(line.lineNumber, line.text.split(separator).map((cell) => cell.trim()))
      if (!builder.open) startLine = line.lineNumber
      if (builder.push(line.text)) return record(startLine, builder.take())
      if (builder.fieldLength > MAX_CELL_LENGTH) throw unterminatedQuote(startLine)
      return null
    }

    for (const line of firstLines) {
      const completed = recordEndingWith(line)
      if (completed) yield completed
    }
    for await (const line of lines) {
      const completed = recordEndingWith(line)
      if (completed) yield completed
    }
    if (builder.open) throw unterminatedQuote(startLine)
  } finally {
    // Closes the file when the caller stops early, even before the sniffed lines are used up.
    await lines.return(undefined)
  }
}

/** A record worth yielding: one with at least one non-empty cell. */
function record(lineNumber: number, cells: string[]): CsvRecord | null {
  return cells.some((cell) => cell !== '') ? { lineNumber, cells } : null
}
