import { z } from 'zod'
import type { AgingBucket } from '../aging-buckets'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'

export interface Debtor {
  clientId: number
  code: string
  name: string
  /** Invoices − credit notes − payments: what the client owes once its credits are counted. */
  balanceCents: number
  overdueCents: number
}

/**
 * One bar of the aging chart: what is still owed on open invoices in one bucket of the
 * dossier's aged balance (named as on the Balance âgée page: « Non échu », « 1–30 j », …).
 */
export interface AgingBucketTotal extends AgingBucket {
  amountCents: number
  invoiceCount: number
}

/** Cash received in one calendar month. */
export interface MonthCollection {
  /** 'YYYY-MM'. */
  month: string
  amountCents: number
}

/** What is expected to come in during one calendar week, Monday to Sunday; week 1 is the current one. */
export interface ForecastWeek {
  /** A Monday. */
  startsOn: IsoDate
  amountCents: number
  /** The part of amountCents spread from invoices already behind their client's habit. */
  behindCents: number
}

/** Expected cash-in from open invoices, dated from each client's past payment delays. */
export interface CashForecast {
  /** Eight weeks from the Monday of the current week. */
  weeks: ForecastWeek[]
  /**
   * Owed on invoices whose expected date has passed (clients later than their habit),
   * spread over the weeks: the sum of the weeks' behindCents.
   */
  behindScheduleCents: number
  /** Expected after the eighth week. */
  laterCents: number
  /** Still owed on disputed invoices: no date can be expected, so they are left out of the weeks. */
  disputedCents: number
  /** Still owed on invoices overdue by more than uncertainAfterDays: shown apart, in no week. */
  uncertainCents: number
  uncertainAfterDays: number
  /**
   * The dossier's average delay (days after the due date), used for clients with no
   * payment in the last 12 months; null when the dossier has none either (due date used).
   */
  dossierDelayDays: number | null
}

export interface DashboardSummary {
  /** Client files in the dossier, archived ones included: 0 is a new dossier, to be filled first. */
  clientCount: number
  /**
   * The clients' balance (« encours »): open invoices minus unallocated credits, the same
   * figure as the aged balance's total and the sum of the client files' balances.
   */
  outstandingCents: number
  /** Still owed on open invoices, before the credits: the aging chart's total. */
  openInvoicesCents: number
  /** Still owed on invoices past their due date. */
  overdueCents: number
  /** overdueCents / openInvoicesCents, from 0 to 1; 0 when nothing is owed. */
  overdueShare: number
  lateInvoiceCount: number
  /** Payments and credit notes not yet applied to an invoice. */
  unallocatedCreditCents: number
  /** Days sales outstanding, countback method; null when there are no sales to count back. */
  dsoDays: number | null
  /** The aging chart, from "not yet due" (index 0) to the oldest bucket; the amounts add up to openInvoicesCents. */
  aging: AgingBucketTotal[]
  /** The ten largest balances, largest first. */
  topDebtors: Debtor[]
  collected: { thisMonth: MonthCollection; lastMonth: MonthCollection }
}

/**
 * Chosen by the backtest (bench/dashboard-forecast-backtest.bench.ts): on the demonstration
 * dossier, expecting invoices up to 90 days overdue put the eight weeks' total 34 % above
 * what came in; up to 60 days, 14 %.
 */
export const DEFAULT_UNCERTAIN_AFTER_DAYS = 60

export const uncertainAfterDaysField = z
  .number({ error: 'Indiquez un nombre de jours.' })
  .int({ error: 'Indiquez un nombre entier de jours.' })
  .min(15, { error: 'Au moins 15 jours de retard.' })
  .max(730, { error: 'Au plus 730 jours de retard.' })

export const dashboardChannels = {
  'dashboard.summary': defineChannel<DashboardSummary>()(z.object({})),
  /**
   * Apart from the summary because it reads a year of payment history (some 250 ms on
   * 200,000 invoices): the page shows the figures at once and the forecast when it comes.
   */
  'dashboard.forecast': defineChannel<CashForecast>()(z.object({})),
  /** Beyond how many days overdue an invoice is shown apart as uncertain; answers the new forecast. */
  'dashboard.saveForecastSettings': defineChannel<CashForecast>()(z.object({ uncertainAfterDays: uncertainAfterDaysField })),
}
