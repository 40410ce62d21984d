import { DomainError } from '../../../src-shared/result'
import type { IsoDate } from '../../../src-shared/dates'
import type { ImportRejection } from '../../../src-shared/contract/imports'
import { parseAmountCents } from '../text/amounts'
import { parseImportDate } from '../text/import-dates'
import { readLineBatches } from '../text/read-lines'
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

  for await (const batch of readLineBatches(path, { signal: options.signal, onProgress: options.onProgress })) {
    for (const { lineNumber, text } of batch) readLine(lineNumber, text)
  }
  if (separator === null) throw new DomainError('IMPORT_FORMAT', 'Le fichier est vide : aucune ligne d’en-tête FEC.')
  return reading

  function readLine(lineNumber: number, text: string): void {
    reading.lineCount = lineNumber
    if (separator === null) {
      separator = separatorOfHeader(text)
      reading.rejectedSource.header = text
      return
    }
    if (text.trim() === '') return
    const columns = columnCount(text, separator)
    if (columns !== FEC_COLUMNS.length) {
      reject(lineNumber, null, `${columns} colonnes au lieu de ${FEC_COLUMNS.length} (ligne coupée ou fichier tronqué ?).`, text)
      return
    }
    // Most lines are revenue, VAT and bank lines: their account is looked at without splitting them.
    if (!isClientAccount(accountOf(text, separator), options.clientPrefixes)) return
    const cells = text.split(separator)
    const line = checkedLine(cells, lineNumber, (column, message) => reject(lineNumber, column, message, text))
    if (line) reading.clientLines.push(line)
  }
}

/** Columns of a line; a 19th empty one is the separator some exporters end every line with. */
function columnCount(text: string, separator: string): number {
  let count = 1
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) count++
  return count === FEC_COLUMNS.length + 1 && text.endsWith(separator) ? count - 1 : count
}

/** CompteNum, the fifth column. */
function accountOf(text: string, separator: string): string {
  let start = 0
  for (let column = 0; column < FEC_COLUMN.CompteNum; column++) start = text.indexOf(separator, start) + 1
  const end = text.indexOf(separator, start)
  return text.slice(start, end === -1 ? undefined : end).trim()
}

function isClientAccount(account: string, prefixes: string[]): boolean {
  return prefixes.some((prefix) => account.startsWith(prefix))
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

/** A client account's line read whole, or null (and the reason given) when a cell is unreadable. */
function checkedLine(cells: string[], lineNumber: number, reject: (column: string, message: string) => void): FecClientLine | null {
  const cell = (column: keyof typeof FEC_COLUMN) => (cells[FEC_COLUMN[column]] ?? '').trim()
  const account = cell('CompteNum')
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
