import type { ClientKind } from '../../src-shared/contract/clients'
import type { DisputeReason } from '../../src-shared/contract/disputes'
import type { InvoiceKind } from '../../src-shared/contract/invoices'
import type { PaymentMethod } from '../../src-shared/contract/payments'
import type { IsoDate } from '../../src-shared/dates'

/**
 * A generated ledger as plain data, before it has ids: records point at each other
 * directly, and the writer turns those references into foreign keys.
 */

/** How a client pays: it decides the dates and amounts of its payments. */
export type PayerProfile = 'prompt' | 'ordinary' | 'slow' | 'defaulting'

export interface DemoContact {
  name: string
  role: string
  email: string
  phone: string
}

export interface DemoClient {
  code: string
  name: string
  kind: ClientKind
  siren: string | null
  siret: string | null
  vatNumber: string | null
  addressLine1: string
  addressLine2: string | null
  postalCode: string
  city: string
  emails: string
  phone: string
  termsDays: number
  termsEndOfMonth: boolean
  segment: string
  contact: DemoContact | null
  notes: string | null
  profile: PayerProfile
  /** For a defaulting client: nothing issued from this date on gets paid. */
  stoppedPayingOn: IsoDate | null
  /** How the client's contact is named in a note ("Mme Bérard"). */
  addressee: string
}

/** An invoice or a credit note (avoir). */
export interface DemoDocument {
  client: DemoClient
  number: string
  kind: InvoiceKind
  issueDate: IsoDate
  dueDate: IsoDate
  amountCents: number
  amountExclTaxCents: number
  label: string
}

export interface DemoAllocation {
  invoice: DemoDocument
  amountCents: number
}

export interface DemoPayment {
  client: DemoClient
  date: IsoDate
  amountCents: number
  method: PaymentMethod
  reference: string | null
  note: string | null
  allocations: DemoAllocation[]
}

export interface DemoCreditAllocation extends DemoAllocation {
  creditNote: DemoDocument
}

export interface DemoDispute {
  invoice: DemoDocument
  reason: DisputeReason
  note: string
  openedOn: IsoDate
}

export interface DemoActivity {
  client: DemoClient
  invoice: DemoDocument | null
  kind: 'note' | 'dispute_opened'
  occurredOn: IsoDate
  body: string
}

/** The creditor whose invoices the dossier collects. */
export interface DemoCompany {
  legalName: string
  legalForm: string
  capitalCents: number
  siren: string
  siret: string
  rcsCity: string
  vatNumber: string
  addressLine1: string
  postalCode: string
  city: string
  phone: string
  email: string
  website: string
  iban: string
  bic: string
  signatoryName: string
  signatoryTitle: string
  termsDays: number
}

export interface DemoLedger {
  /** The seed it was generated from, recorded with the import so it can be told apart. */
  seed: number
  company: DemoCompany
  clients: DemoClient[]
  /** Invoices and credit notes, in the order of their numbers. */
  documents: DemoDocument[]
  payments: DemoPayment[]
  creditAllocations: DemoCreditAllocation[]
  disputes: DemoDispute[]
  activities: DemoActivity[]
}

/** How big a ledger to generate. */
export interface LedgerScale {
  clients: number
  invoices: number
  /** Open disputes. */
  disputes: number
  /** Payments larger than what they settle, leaving a credit. */
  overpayments: number
}
