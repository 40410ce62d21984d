import type { IsoDate } from '../../../src-shared/dates'

/**
 * The 18 columns of a FEC (article A47 A-1 du LPF), in their legal order. Exporters
 * differ in case and sometimes add a trailing separator; the order never changes.
 */
export const FEC_COLUMNS = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
] as const

export const FEC_COLUMN = Object.fromEntries(FEC_COLUMNS.map((name, index) => [name, index])) as {
  [K in (typeof FEC_COLUMNS)[number]]: number
}

/** One line of a client account (411, 416…), validated and in the dossier's units. */
export interface FecClientLine {
  /** Line in the file, the header being line 1. */
  line: number
  journal: string
  entryNumber: string
  entryDate: IsoDate
  account: string
  clientCode: string
  clientName: string
  pieceRef: string
  pieceDate: IsoDate
  label: string
  /** Debit minus credit, in cents: positive for what the client owes, negative for what it paid or was credited. */
  netCents: number
  letter: string
  letterDate: IsoDate | null
}
