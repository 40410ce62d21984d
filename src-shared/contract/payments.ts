import { z } from 'zod'
import { defineChannel } from './channel'
import { allocationLine, entityId, isoDate, optionalText, positiveCents } from './fields'

export const PAYMENT_METHODS = ['virement', 'cheque', 'carte', 'especes', 'prelevement', 'lcr'] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]
/**
 * What a payment row may hold: a method the user chose, or « inconnu » for an amount an
 * imported export says was settled without saying how (nobody enters a payment that way).
 */
export const STORED_PAYMENT_METHODS = [...PAYMENT_METHODS, 'inconnu'] as const
export type StoredPaymentMethod = (typeof STORED_PAYMENT_METHODS)[number]

export interface AllocationLine {
  invoiceId: number
  amountCents: number
}

export interface RecordedPayment {
  id: number
  allocations: AllocationLine[]
  /** Left as a credit of the client. */
  unallocatedCents: number
}

export interface PaymentRow {
  id: number
  date: string
  amountCents: number
  method: StoredPaymentMethod
  /**
   * Settled before an import on a date the source does not give: `date` is then the
   * invoice's due date (the import's date if earlier), an assumption the user may replace.
   */
  dateAssumed: boolean
  reference: string | null
  unallocatedCents: number
  /** Numbers of the invoices it settled. */
  invoiceNumbers: string[]
}

export const paymentsChannels = {
  'payments.list': defineChannel<PaymentRow[]>()(z.object({ clientId: entityId })),
  /** The default allocation (oldest due first), for the user to edit before saving. */
  'payments.proposeAllocation': defineChannel<{ allocations: AllocationLine[]; unallocatedCents: number }>()(
    z.object({ clientId: entityId, amountCents: positiveCents('Le montant') }),
  ),
  'payments.record': defineChannel<RecordedPayment>()(
    z.object({
      clientId: entityId,
      date: isoDate('La date du règlement'),
      amountCents: positiveCents('Le montant'),
      method: z.enum(PAYMENT_METHODS, { error: 'Choisissez le mode de règlement.' }),
      reference: optionalText('La référence', 60),
      note: optionalText('La note', 1000),
      /** 'oldest': oldest due first; 'none': all as a credit; or explicit lines. */
      allocation: z.union([z.literal('oldest'), z.literal('none'), z.array(allocationLine)]).default('oldest'),
    }),
  ),
  /** The real date (and, when known, the method) of a settlement the import could only assume. */
  'payments.setDate': defineChannel<PaymentRow>()(
    z.object({
      id: entityId,
      date: isoDate('La date du règlement'),
      method: z.enum(PAYMENT_METHODS, { error: 'Choisissez le mode de règlement.' }).optional(),
    }),
  ),
  /** Deletes a payment and its allocations: the invoices it settled are open again. */
  'payments.undo': defineChannel<{ reopenedInvoiceIds: number[] }>()(z.object({ id: entityId })),
}
