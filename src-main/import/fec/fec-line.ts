import type { IsoDate } from '../../../src-shared/dates'

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
