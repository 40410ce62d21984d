import type { ClientKind } from '../../../src-shared/contract/clients'
import type { ClientStatement } from '../../../src-shared/contract/penalties'
import type { PenaltyChoice } from '../../../src-shared/contract/plans'
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

/** One row of a plan's schedule as letters print it: the down payment is sequence 0. */
export interface LetterInstalment {
  sequence: number
  dueDate: IsoDate
  amountCents: number
  /** What the plan still covers once this row is paid. */
  remainingCents: number
}

/**
 * A payment plan as its agreement and its reminders print it: what it covers and how,
 * its schedule, the delays of its breach clause, and for a reminder the instalment
 * concerned with what is still owed on it.
 */
export interface LetterPlan {
  proposedOn: IsoDate
  acceptedOn: IsoDate | null
  penalties: PenaltyChoice
  principalCents: number
  interestCents: number
  indemnityCents: number
  /** What the rows add up to, down payment included. */
  coveredCents: number
  frozenClaimCents: number
  downPaymentCents: number
  instalments: LetterInstalment[]
  /** Days after an instalment's date before the missed-instalment reminder. */
  graceDays: number
  /** Further days before an unpaid instalment breaks the plan. */
  breakDays: number
  concerned: (LetterInstalment & { amountDueCents: number }) | null
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
