import { DomainError } from '../../../src-shared/result'
import { foldFrench } from '../../data/french-text'

/**
 * The columns a FEC names in its header (article A47 A-1 du LPF). The law fixes their
 * names, not every exporter's case, accents or order; it allows the amount as « Debit » +
 * « Credit » or as « Montant » + « Sens » (D/C, or +1/−1); cash-basis regimes add
 * DateRglt, ModeRglt, NatOp, IdClient, and some packages add more. So columns are found by
 * their folded names, in any order, and columns Encaisse does not read are left aside.
 */
export const FEC_COLUMN_NAMES = [
  'JournalCode', 'JournalLib', 'EcritureNum', 'EcritureDate', 'CompteNum', 'CompteLib', 'CompAuxNum', 'CompAuxLib',
  'PieceRef', 'PieceDate', 'EcritureLib', 'Debit', 'Credit', 'Montant', 'Sens', 'EcritureLet', 'DateLet', 'ValidDate',
  'Montantdevise', 'Idevise',
] as const
export type FecColumnName = (typeof FEC_COLUMN_NAMES)[number]

/** Columns a ledger line cannot be read without (the amount columns are checked apart). */
const REQUIRED: FecColumnName[] = ['JournalCode', 'EcritureNum', 'EcritureDate', 'CompteNum', 'PieceRef', 'EcritureLib']

/** Free-text columns: where an unescaped separator turns up, and where it is put back when repairing a line. */
export const FREE_TEXT_COLUMNS: FecColumnName[] = ['JournalLib', 'CompteLib', 'CompAuxLib', 'EcritureLib']

export interface FecLayout {
  separator: '|' | '\t'
  /** Columns the header names. */
  count: number
  /** Position of each known column, -1 when the file does not have it. */
  at: Record<FecColumnName, number>
  /** « Debit » + « Credit », or « Montant » + « Sens ». */
  amounts: 'debitCredit' | 'amountSense'
  /** The header as written, for the rejected-lines file and the preview. */
  names: string[]
  /** The header ends with a separator: so does every line, one empty cell more than the columns. */
  trailingSeparator: boolean
}

const fold = (name: string) => foldFrench(name).replace(/[^a-z0-9]/g, '')
const KNOWN = new Map<string, FecColumnName>(FEC_COLUMN_NAMES.map((name) => [fold(name), name]))

/** Reads the header line, or refuses a file that is plainly not a FEC, saying what it lacks. */
export function fecLayoutOf(header: string): FecLayout {
  const separator = header.includes('\t') ? '\t' : header.includes('|') ? '|' : null
  const names = separator === null ? [header] : header.replace(/^\ufeff/, '').split(separator).map((name) => name.trim())
  // A separator closing the header, as some exporters end every line: no column after it.
  const trailingSeparator = names.length > 1 && names[names.length - 1] === ''
  if (trailingSeparator) names.pop()
  const at = Object.fromEntries(FEC_COLUMN_NAMES.map((name) => [name, -1])) as Record<FecColumnName, number>
  names.forEach((name, index) => {
    const known = KNOWN.get(fold(name))
    if (known !== undefined && at[known] === -1) at[known] = index
  })
  const debitCredit = at.Debit >= 0 && at.Credit >= 0
  const amountSense = at.Montant >= 0 && at.Sens >= 0
  const missing = REQUIRED.filter((name) => at[name] < 0)
  if (separator === null || missing.length > 0 || (!debitCredit && !amountSense)) {
    const lacking = [...missing, ...(debitCredit || amountSense ? [] : ['Debit et Credit (ou Montant et Sens)'])]
    throw new DomainError(
      'IMPORT_FORMAT',
      'Ce fichier n’est pas un FEC lisible : la première ligne doit nommer ses colonnes (JournalCode, EcritureNum, ' +
        'EcritureDate, CompteNum, PieceRef, EcritureLib, Debit et Credit ou Montant et Sens…), séparées par | ou une tabulation' +
        (separator === null ? '.' : ` ; il y manque : ${lacking.join(', ')}.`),
    )
  }
  return { separator, count: names.length, at, amounts: debitCredit ? 'debitCredit' : 'amountSense', names, trailingSeparator }
}

/** Whether a first line is a FEC header (its columns named as the law names them, in any order). */
export function isFecHeader(line: string): boolean {
  try {
    fecLayoutOf(line)
    return true
  } catch {
    return false
  }
}
