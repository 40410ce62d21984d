import { z } from 'zod'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'
import { allocationLine, entityId, isoDate, optionalText, positiveCents, requiredText } from './fields'

export const INVOICE_KINDS = ['invoice', 'credit_note'] as const
export type InvoiceKind = (typeof INVOICE_KINDS)[number]

/** Derived, never stored: from the allocations and the date (DESIGN.md §3). */
export type InvoiceState = 'open' | 'overdue' | 'partly_paid' | 'paid' | 'credit_open' | 'credit_used'

export const INVOICE_FILTERS = ['all', 'open', 'overdue', 'paid', 'disputed'] as const

export interface InvoiceRow {
  id: number
  clientId: number
  clientCode: string
  clientName: string
  number: string
  kind: InvoiceKind
  issueDate: IsoDate
  dueDate: IsoDate
  amountCents: number
  /** Still owed (invoice) or still to use (credit note). */
  balanceCents: number
  state: InvoiceState
  /** Calendar days past the due date while something is owed; 0 otherwise. */
  daysLate: number
  disputed: boolean
  /** Set while the invoice is kept out of reminders (« Exclure des relances »), with the reason given. */
  dunningExclusion: { since: IsoDate; reason: string | null } | null
}

/** One document as its form edits it: the row's identity and dates, plus what only the form shows. */
export interface InvoiceDetail
  extends Pick<InvoiceRow, 'id' | 'clientId' | 'clientCode' | 'clientName' | 'number' | 'kind' | 'issueDate' | 'dueDate' | 'amountCents'> {
  amountExclTaxCents: number | null
  label: string | null
  /** Paid or credited on an invoice, used on a credit note: the amount cannot go below it. */
  settledCents: number
}

/** One movement of money on a document: a payment or a credit note on an invoice, or an invoice a credit note settled. */
export interface Settlement {
  kind: 'payment' | 'credit_note' | 'invoice'
  date: IsoDate
  /** The payment's reference ('' when none), the credit note's or the invoice's number. */
  reference: string
  amountCents: number
}

export interface InvoicePage {
  rows: InvoiceRow[]
  total: number
}

export const invoiceFields = z
  .object({
    clientId: entityId,
    number: requiredText('Le numéro de facture', 40),
    kind: z.enum(INVOICE_KINDS, { error: 'Choisissez facture ou avoir.' }).default('invoice'),
    issueDate: isoDate("La date d'émission"),
    /** Absent: computed from the client's payment terms (or the dossier's). */
    dueDate: isoDate("La date d'échéance").optional(),
    amountCents: positiveCents('Le montant TTC'),
    amountExclTaxCents: positiveCents('Le montant HT').optional(),
    label: optionalText('Le libellé', 200),
  })
  .superRefine((invoice, issues) => {
    if (invoice.dueDate !== undefined && invoice.dueDate < invoice.issueDate) {
      issues.addIssue({ code: 'custom', path: ['dueDate'], message: "L'échéance ne peut précéder la date d'émission." })
    }
    if (invoice.amountExclTaxCents !== undefined && invoice.amountExclTaxCents > invoice.amountCents) {
      issues.addIssue({ code: 'custom', path: ['amountExclTaxCents'], message: 'Le montant HT dépasse le montant TTC.' })
    }
  })

export const invoicesChannels = {
  'invoices.create': defineChannel<{ id: number; dueDate: IsoDate }>()(invoiceFields),
  /** One document as its form edits it, with what is already settled on it. */
  'invoices.get': defineChannel<InvoiceDetail>()(z.object({ id: entityId })),
  /** What settled the document (payments, credit notes), or what a credit note settled. */
  'invoices.settlements': defineChannel<Settlement[]>()(z.object({ id: entityId })),
  /** Corrects an invoice; what is already settled on it limits its amount. */
  'invoices.update': defineChannel<{ id: number; dueDate: IsoDate }>()(z.object({ id: entityId, fields: invoiceFields })),
  /** Applies a credit note (avoir) to the client's invoices, like a payment. */
  'creditNotes.allocate': defineChannel<{ allocations: { invoiceId: number; amountCents: number }[]; remainingCents: number }>()(
    z.object({
      creditNoteId: entityId,
      allocation: z.union([z.literal('oldest'), z.array(allocationLine).min(1, { error: 'Indiquez au moins une facture.' })]).default('oldest'),
    }),
  ),
  'invoices.list': defineChannel<InvoicePage>()(
    z.object({
      clientId: entityId.optional(),
      filter: z.enum(INVOICE_FILTERS).default('all'),
      search: optionalText('La recherche', 100),
      dueFrom: isoDate('Le début de la période').optional(),
      dueTo: isoDate('La fin de la période').optional(),
      sort: z.enum(['dueDate', 'issueDate', 'number', 'amount', 'client']).default('dueDate'),
      descending: z.boolean().default(false),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
}
