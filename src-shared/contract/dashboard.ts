import { z } from 'zod'
import { defineChannel } from './channel'

export interface Debtor {
  clientId: number
  code: string
  name: string
  balanceCents: number
  overdueCents: number
}

export interface DashboardSummary {
  /** Still owed on invoices. */
  outstandingCents: number
  /** Still owed on invoices past their due date. */
  overdueCents: number
  lateInvoiceCount: number
  /** Payments and credit notes not yet applied to an invoice. */
  unallocatedCreditCents: number
  topDebtors: Debtor[]
}

export const dashboardChannels = {
  'dashboard.summary': defineChannel<DashboardSummary>()(z.object({})),
}
