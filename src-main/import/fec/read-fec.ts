import { DomainError } from '../../../src-shared/result'
import type { IsoDate } from '../../../src-shared/dates'
import type { ImportRejection } from '../../../src-shared/contract/imports'
import { parseAmountCents } from '../text/amounts'
import { parseImportDate } from '../text/import-dates'
import { readLines } from '../text/read-lines'
import { FEC_COLUMN, FEC_COLUMNS, type FecClientLine } from './fec-line'

export interface FecReading {
  clientLines: FecClientLine[]
  rejected: ImportRejection[]
  /** Lines read, header included. */
  lineCount: number
  rejectedSource: { header: string; lines: Map<number, string> }
}

export interface FecReadOptions {
  /** Account prefixes of client accounts ("411", "416"). */
  clientPrefixes: string[]
  signal?: AbortSignal
  onProgress?: (bytesRead: number, totalBytes: number) => void
}

/** Rejections kept in full; beyond, a file is plainly not a FEC and listing more helps nobody. */
const MAX_REJECTIONS = 500

/**
 * Streams a FEC and keeps the lines of client accounts. Every line must have its 18
 * columns (a short line means a cut or truncated export); the lines of client accounts
 * are then read whole (dates, amounts, lettering), the others dropped: their amounts do
 * not reach the dossier, and reading two million of them would double the import's time.
 */
export async function readFec(path: string, options: FecReadOptions): Promise<FecReading> {
  const reading: FecReading = { clientLines: [], rejected: [], lineCount: 0, rejectedSource: { header: '', lines: new Map() } }
  let separator: '|' | '\t' | null = null
  const reject = (line: number, column: string | null, message: string, text: string) => {
    if (reading.rejected.length < MAX_REJECTIONS) reading.rejected.push({ line, column, message })
    reading.rejectedSource.lines.set(line, text)
  }

  for await (const { lineNumber, text } of readLines(path, { signal: options.signal, onProgress: options.onProgress })) {
    reading.lineCount = lineNumber
    if (separator === null) {
      separator = separatorOfHeader(text)
      reading.rejectedSource.header = text
      continue
    }
    if (text.trim() === '') continue
    const cells = text.split(separator)
    // Some exporters end every line with the separator: an empty 19th cell.
    if (cells.length === FEC_COLUMNS.length + 1 && cells[FEC_COLUMNS.length] === '') cells.pop()
    if (cells.length !== FEC_COLUMNS.length) {
      reject(lineNumber, null, `${cells.length} colonnes au lieu de ${FEC_COLUMNS.length} (ligne coupée ou fichier tronqué ?).`, text)
      continue
    }
    const line = checkedLine(cells, lineNumber, options.clientPrefixes, (column, message) => reject(lineNumber, column, message, text))
    if (line) reading.clientLines.push(line)
  }
  if (separator === null) throw new DomainError('IMPORT_FORMAT', 'Le fichier est vide : aucune ligne d’en-tête FEC.')
  return reading
}

function separatorOfHeader(header: string): '|' | '\t' {
  const separator = header.includes('\t') ? '\t' : header.includes('|') ? '|' : null
  const names = separator === null ? [] : header.split(separator).map((name) => name.trim().toLowerCase())
  const expected = FEC_COLUMNS.map((name) => name.toLowerCase())
  if (separator === null || !expected.every((name, index) => names[index] === name)) {
    throw new DomainError(
      'IMPORT_FORMAT',
      'Ce fichier n’est pas un FEC : la première ligne doit nommer les 18 colonnes réglementaires ' +
        '(JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum… Idevise), séparées par | ou une tabulation.',
    )
  }
  return separator
}

/** The plain shape of nearly every FEC amount: optional sign, zero padding, comma or dot, two decimals at most. */
const PLAIN_AMOUNT = /^ *(-?)0*(\d{0,15})(?:[,.](\d{1,2}))? *$/

/**
 * FEC amounts: comma decimals by the rule, a dot from some exporters, zero padding from
 * others. A million lines means two million amounts: the plain shape is read directly,
 * anything else goes through the general reader.
 */
function amountOf(text: string): number | null {
  const plain = PLAIN_AMOUNT.exec(text)
  if (plain) {
    const cents = Number(plain[2] || '0') * 100 + Number((plain[3] ?? '').padEnd(2, '0'))
    return plain[1] === '-' && cents !== 0 ? -cents : cents
  }
  const trimmed = text.trim()
  return parseAmountCents(trimmed, { decimal: trimmed.includes(',') || !trimmed.includes('.') ? ',' : '.' })
}

/** A ledger holds a few hundred distinct dates over a million lines: each is checked once. */
const knownDates = new Map<string, IsoDate | null>()

function dateOf(text: string): IsoDate | null {
  let date = knownDates.get(text)
  if (date === undefined) {
    const trimmed = text.trim()
    date = parseImportDate(trimmed, /^\d{8}$/.test(trimmed) ? 'yyyymmdd' : 'dd/mm/yyyy')
    if (knownDates.size < 100_000) knownDates.set(text, date)
  }
  return date
}

function checkedLine(
  cells: string[],
  lineNumber: number,
  clientPrefixes: string[],
  reject: (column: string, message: string) => void,
): FecClientLine | null {
  const cell = (column: keyof typeof FEC_COLUMN) => (cells[FEC_COLUMN[column]] ?? '').trim()
  const account = cell('CompteNum')
  if (!clientPrefixes.some((prefix) => account.startsWith(prefix))) return null
  const entryDate = dateOf(cell('EcritureDate'))
  if (entryDate === null) {
    reject('EcritureDate', `date d’écriture impossible « ${cell('EcritureDate')} » (attendu AAAAMMJJ).`)
    return null
  }
  const debit = amountOf(cell('Debit'))
  const credit = amountOf(cell('Credit'))
  if (debit === null || credit === null) {
    const column = debit === null ? 'Debit' : 'Credit'
    reject(column, `montant illisible « ${cell(column)} ».`)
    return null
  }
  const pieceDateText = cell('PieceDate')
  const pieceDate = pieceDateText === '' ? entryDate : dateOf(pieceDateText)
  if (pieceDate === null) {
    reject('PieceDate', `date de pièce impossible « ${pieceDateText} » (attendu AAAAMMJJ).`)
    return null
  }
  const letter = cell('EcritureLet')
  const letterDateText = cell('DateLet')
  const letterDate = letterDateText === '' ? null : dateOf(letterDateText)
  if (letterDateText !== '' && letterDate === null) {
    reject('DateLet', `date de lettrage impossible « ${letterDateText} ».`)
    return null
  }
  const clientCode = cell('CompAuxNum') || account
  return {
    line: lineNumber,
    journal: cell('JournalCode'),
    entryNumber: cell('EcritureNum'),
    entryDate,
    account,
    clientCode,
    clientName: cell('CompAuxLib') || cell('CompteLib') || clientCode,
    pieceRef: cell('PieceRef'),
    pieceDate,
    label: cell('EcritureLib'),
    netCents: debit - credit,
    letter,
    letterDate,
  }
}
