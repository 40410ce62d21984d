import type { ClientKind } from '../../../src-shared/contract/clients'
import type { ClientStatement } from '../../../src-shared/contract/penalties'
import type { IsoDate } from '../../../src-shared/dates'

/**
 * Everything a letter may print, read from the dossier once: the merge fields and the
 * PDF layout take their values from here and nothing else, so a letter is a pure
 * function of this record and its template (same inputs, same bytes).
 */

export interface LetterCompany {
  legalName: string
  legalForm: string | null
  capitalCents: number | null
  siren: string | null
  siret: string | null
  rcsCity: string | null
  vatNumber: string | null
  addressLine1: string | null
  addressLine2: string | null
  addressLine3: string | null
  postalCode: string | null
  city: string | null
  country: string
  phone: string | null
  email: string | null
  website: string | null
  iban: string | null
  bic: string | null
  logo: Buffer | null
  signatoryName: string | null
  signatoryTitle: string | null
}

export interface LetterClient {
  id: number
  code: string
  name: string
  kind: ClientKind
  addressLine1: string | null
  addressLine2: string | null
  addressLine3: string | null
  postalCode: string | null
  city: string | null
  country: string
  /** The primary contact's name, else the first contact's. */
  contactName: string | null
  /** The first billing address. */
  email: string | null
}

/** One invoice of the letter, its balance on the letter's date. */
export interface LetterInvoice {
  number: string
  issueDate: IsoDate
  dueDate: IsoDate
  amountCents: number
  paidCents: number
  remainingCents: number
  /** 0 when not yet due. */
  daysLate: number
}

export interface LetterInstalment {
  sequence: number
  dueDate: IsoDate
  amountCents: number
}

/** The client's active payment plan, for the plan agreement and the missed-instalment reminder. */
export interface LetterPlan {
  agreedOn: IsoDate
  totalCents: number
  instalments: LetterInstalment[]
  /** The earliest instalment due before the letter's date that the payments since the agreement do not cover. */
  missed: LetterInstalment | null
}

export interface LetterData {
  /** The letter's date: penalties, balances and the deadline are computed on it. */
  asOf: IsoDate
  company: LetterCompany
  client: LetterClient
  invoices: LetterInvoice[]
  /** The engine's statement restricted to the letter's invoices. */
  statement: ClientStatement
  plan: LetterPlan | null
}
