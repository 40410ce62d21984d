import { z } from 'zod'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'
import { entityId, isoDate } from './fields'
import { penaltyCases } from './penalty-case'

/** One case's statement as `encaisse penalties` prints it: euros and percentages as decimal texts. */
export interface PenaltyCaseResult {
  id: string
  interest: string
  indemnity: string
  total: string
  periods: Array<{ from: IsoDate; to: IsoDate; days: number; base: string; ratePct: string; amount: string }>
  warnings: string[]
  flags: string[]
}

/** One invoice's statement as screens and letters show it; amounts in cents, rates in basis points. */
export interface InvoiceStatement {
  invoiceId: number
  number: string
  dueDate: IsoDate
  amountCents: number
  unpaidCents: number
  periods: Array<{ from: IsoDate; to: IsoDate; days: number; baseCents: number; rateBp: number; amountCents: number }>
  interestCents: number
  indemnityCents: number
  totalCents: number
  warnings: string[]
  flags: string[]
}

/** « Décompte des pénalités au … » of a client: its late invoices and the whole claim. */
export interface ClientStatement {
  asOf: IsoDate
  invoices: InvoiceStatement[]
  /** Principal still owed on the late invoices on that date. */
  principalCents: number
  interestCents: number
  indemnityCents: number
  /** Principal + penalties + indemnities: what the client owes on the late invoices that day. */
  claimCents: number
  /** The warnings of all invoices, each once (a missing half-year concerns them all). */
  warnings: string[]
}

export const penaltiesChannels = {
  /** One invoice's statement; null when it is not late on that date or nothing is owed on it. */
  'penalties.invoiceStatement': defineChannel<{ asOf: IsoDate; statement: InvoiceStatement | null }>()(
    z.object({ invoiceId: entityId, asOf: isoDate('La date du décompte').optional() }),
  ),
  'penalties.clientStatement': defineChannel<ClientStatement>()(
    z.object({ clientId: entityId, asOf: isoDate('La date du décompte').optional() }),
  ),
  /** Cases in the documented format (penalty-case.ts), computed with the dossier's rate table. */
  'penalties.compute': defineChannel<PenaltyCaseResult[]>()(z.object({ cases: penaltyCases })),
}
