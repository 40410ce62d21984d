import { DomainError } from '../../../src-shared/result'
import type { ImportRejection, ImportRepair } from '../../../src-shared/contract/imports'
import { readLineBatches } from '../text/read-lines'
import { fecLayoutOf, type FecColumnName, type FecLayout } from './fec-layout'
import type { FecClientLine } from './fec-line'
import { cellsOfLongLine } from './fec-repair'
import { fecAmountOf, fecDateOf, fecSenseOf } from './fec-values'

export interface FecReading {
  clientLines: FecClientLine[]
  rejected: ImportRejection[]
  /** Lines read after putting back a separator found in a label (the first ones)… */
  repaired: ImportRepair[]
  /** …and how many in all. */
  repairedCount: number
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

/** Rejections (and repairs) kept in full; beyond, a file is plainly not a FEC and listing more helps nobody. */
const MAX_LISTED = 500

/**
 * Streams a FEC and keeps the lines of client accounts. The header says where each column
 * is (fec-layout.ts). Every line must have the header's columns: a short line means a cut
 * or truncated export, refused; a longer one is a label holding the separator, repaired
 * when the rest of the line still reads right (fec-repair.ts). The lines of client
 * accounts are then read whole (dates, amounts, lettering), the others dropped: their
 * amounts do not reach the dossier, and reading two million of them would double the
 * import's time.
 */
export async function readFec(path: string, options: FecReadOptions): Promise<FecReading> {
  const reading: FecReading = { clientLines: [], rejected: [], repaired: [], repairedCount: 0, lineCount: 0, rejectedSource: { header: '', lines: new Map() } }
  let layout: FecLayout | null = null
  const reject = (line: number, column: string | null, message: string, text: string) => {
    if (reading.rejected.length < MAX_LISTED) reading.rejected.push({ line, column, message })
    reading.rejectedSource.lines.set(line, text)
  }

  for await (const batch of readLineBatches(path, { signal: options.signal, onProgress: options.onProgress })) {
    for (const { lineNumber, text } of batch) readLine(lineNumber, text)
  }
  if (layout === null) throw new DomainError('IMPORT_FORMAT', 'Le fichier est vide : aucune ligne d’en-tête FEC.')
  return reading

  function readLine(lineNumber: number, text: string): void {
    reading.lineCount = lineNumber
    if (layout === null) {
      layout = fecLayoutOf(text)
      reading.rejectedSource.header = text
      return
    }
    if (text.trim() === '') return
    let cells: string[] | null = null
    const columns = columnCount(text, layout)
    if (columns < layout.count) {
      reject(lineNumber, null, `${columns} colonnes au lieu de ${layout.count} (ligne coupée ou fichier tronqué ?).`, text)
      return
    }
    if (columns > layout.count) {
      const repaired = cellsOfLongLine(text.split(layout.separator), layout)
      if (repaired === null) {
        reject(
          lineNumber,
          null,
          `${columns} colonnes au lieu de ${layout.count} : un séparateur en trop qu’aucune lecture sûre ne replace dans un libellé.`,
          text,
        )
        return
      }
      cells = repaired.cells
      if (repaired.columns.length > 0) reading.repairedCount++
      if (repaired.columns.length > 0 && reading.repaired.length < MAX_LISTED) {
        reading.repaired.push({
          line: lineNumber,
          message: `« ${layout.separator === '|' ? '|' : 'tabulation'} » lu comme du texte dans ${repaired.columns.join(', ')}.`,
        })
      }
    }
    // Most lines are revenue, VAT and bank lines: their account is looked at without splitting them.
    const account = cells === null ? nthCell(text, layout.separator, layout.at.CompteNum) : (cells[layout.at.CompteNum] ?? '').trim()
    if (!isClientAccount(account, options.clientPrefixes)) return
    const line = checkedLine(cells ?? text.split(layout.separator), layout, lineNumber, (column, message) =>
      reject(lineNumber, column, message, text),
    )
    if (line) reading.clientLines.push(line)
  }
}

/**
 * Cells of a line; one more, empty, is the separator closing every line when the header
 * has it too. Otherwise a longer line is looked at closely (fec-repair.ts).
 */
function columnCount(text: string, layout: FecLayout): number {
  let count = 1
  for (let at = text.indexOf(layout.separator); at !== -1; at = text.indexOf(layout.separator, at + 1)) count++
  return layout.trailingSeparator && count === layout.count + 1 && text.endsWith(layout.separator) ? count - 1 : count
}

/** The trimmed text of one column, found without splitting the line. */
function nthCell(text: string, separator: string, column: number): string {
  let start = 0
  for (let index = 0; index < column; index++) start = text.indexOf(separator, start) + 1
  const end = text.indexOf(separator, start)
  return text.slice(start, end === -1 ? undefined : end).trim()
}

function isClientAccount(account: string, prefixes: string[]): boolean {
  return prefixes.some((prefix) => account.startsWith(prefix))
}

/** A client account's line read whole, or null (and the reason given) when a cell is unreadable. */
function checkedLine(
  cells: string[],
  layout: FecLayout,
  lineNumber: number,
  reject: (column: string, message: string) => void,
): FecClientLine | null {
  const cell = (column: FecColumnName) => (layout.at[column] < 0 ? '' : (cells[layout.at[column]] ?? '').trim())
  const name = (column: FecColumnName) => layout.names[layout.at[column]] ?? column
  const account = cell('CompteNum')
  const entryDate = fecDateOf(cell('EcritureDate'))
  if (entryDate === null) {
    reject(name('EcritureDate'), `date d’écriture impossible « ${cell('EcritureDate')} » (attendu AAAAMMJJ).`)
    return null
  }
  const netCents = netOf(layout.amounts, cell, name, reject)
  if (netCents === null) return null
  const pieceDateText = cell('PieceDate')
  const pieceDate = pieceDateText === '' ? entryDate : fecDateOf(pieceDateText)
  if (pieceDate === null) {
    reject(name('PieceDate'), `date de pièce impossible « ${pieceDateText} » (attendu AAAAMMJJ).`)
    return null
  }
  const letter = cell('EcritureLet')
  const letterDateText = cell('DateLet')
  const letterDate = letterDateText === '' ? null : fecDateOf(letterDateText)
  if (letterDateText !== '' && letterDate === null) {
    reject(name('DateLet'), `date de lettrage impossible « ${letterDateText} ».`)
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
    netCents,
    letter,
    letterDate,
  }
}

/** Debit minus credit, from « Debit » + « Credit » or from « Montant » + « Sens ». */
function netOf(
  amounts: FecLayout['amounts'],
  cell: (column: FecColumnName) => string,
  name: (column: FecColumnName) => string,
  reject: (column: string, message: string) => void,
): number | null {
  if (amounts === 'debitCredit') {
    const debit = fecAmountOf(cell('Debit'))
    const credit = fecAmountOf(cell('Credit'))
    if (debit === null || credit === null) {
      const column = debit === null ? 'Debit' : 'Credit'
      reject(name(column), `montant illisible « ${cell(column)} ».`)
      return null
    }
    return debit - credit
  }
  const amount = fecAmountOf(cell('Montant'))
  if (amount === null) {
    reject(name('Montant'), `montant illisible « ${cell('Montant')} ».`)
    return null
  }
  const sense = fecSenseOf(cell('Sens'))
  if (sense === null) {
    reject(name('Sens'), `sens « ${cell('Sens')} » inconnu (attendu D ou C, +1 ou -1).`)
    return null
  }
  return sense * amount
}
