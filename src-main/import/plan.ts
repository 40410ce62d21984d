import type { IsoDate } from '../../src-shared/dates'
import type { PaymentMethod } from '../../src-shared/contract/payments'
import type { ImportRejection, ImportRepair } from '../../src-shared/contract/imports'
import type { ClientDetailKey } from './fields/client-fields'

/**
 * What a source file says, in the dossier's terms, before anything is written: every
 * reader (FEC, CSV, XLSX) produces one, the writer applies it in one transaction.
 * Records are keyed by what identifies them in the accounting software (client code,
 * document number, ledger line), so importing the same file twice finds them again.
 */
export interface ImportPlan {
  clients: PlannedClient[]
  documents: PlannedDocument[]
  payments: PlannedPayment[]
  /** Lines refused, with the reason; the plan holds only the valid ones. */
  rejected: ImportRejection[]
  /** Lines read after a repair (FEC: a separator inside a label), the first ones… */
  repaired: ImportRepair[]
  /** …and how many in all. */
  repairedCount: number
  /** The refused lines as text under the file's header, to write a file the user can fix and import. */
  rejectedSource: { header: string; lines: Map<number, string> }
  /** Lines read from the file, header included. */
  lineCount: number
  /** Spreadsheets: the header row, so a mapping saved as a preset is offered again for files of this shape. */
  columnHeaders: string[]
}

export interface PlannedClient {
  code: string
  /** Null when the source only refers to the client: it must then exist in the dossier. */
  name: string | null
  /** Fields the file states (client-fields.ts), cleaned; absent ones are left as they are in the dossier. */
  details: Partial<Record<ClientDetailKey, string | number>>
  /** A ledger gives only a name: it never overwrites what the user keeps in Encaisse. */
  authoritative: boolean
}

export interface PlannedDocument {
  clientCode: string
  number: string
  kind: 'invoice' | 'credit_note'
  issueDate: IsoDate
  /** Null when the source has none (FEC): the client's terms decide. */
  dueDate: IsoDate | null
  amountCents: number
  amountExclTaxCents: number | null
  label: string | null
  /**
   * What the source says is already settled on it outside any payment of this plan
   * (a spreadsheet's « reste dû »): written as one payment keyed by the document.
   */
  settledOutsideCents: number
  /** Credit notes only: the invoices the source applied it to. */
  allocations: PlannedAllocation[]
}

export interface PlannedAllocation {
  documentNumber: string
  amountCents: number
}

export interface PlannedPayment {
  /** Identity in the source, so a re-import finds the payment again. */
  sourceKey: string
  clientCode: string
  date: IsoDate
  amountCents: number
  method: PaymentMethod
  reference: string | null
  /** Where the source applied it; what is not applied stays a client credit. */
  allocations: PlannedAllocation[]
}

export function emptyPlan(): ImportPlan {
  return { clients: [], documents: [], payments: [], rejected: [], repaired: [], repairedCount: 0, rejectedSource: { header: '', lines: new Map() }, lineCount: 0, columnHeaders: [] }
}
