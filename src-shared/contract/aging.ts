import { z } from 'zod'
import { AGING_MAX_LIMITS, type AgingBucket } from '../aging-buckets'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'
import { entityId, isoDate, optionalText } from './fields'
import type { ExportedFile } from './exported-file'

/**
 * The aged balance (balance âgée): what each client owes as of a date, split by how late
 * it is, with the dossier's DSO. Amounts are cents; a client's total is its balance, that
 * is its open invoices minus its unallocated credits (payments and credit notes not yet
 * applied), so `totalCents = sum(bucketCents) + creditCents` on every row and on the totals.
 */

export const AGING_SORT_COLUMNS = ['name', 'code', 'segment', 'total', 'credit'] as const
export type AgingSortColumn = (typeof AGING_SORT_COLUMNS)[number]
/** A column name, or a bucket's index (0 = not yet due) to sort by that bucket's amount. */
export type AgingSort = AgingSortColumn | number

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface AgingRow {
  clientId: number
  code: string
  name: string
  segment: string | null
  /** The client's balance as of the date: sum(bucketCents) + creditCents. */
  totalCents: number
  /** Owed per bucket: index 0 not yet due, then one per bucket of lateness (see `buckets`). */
  bucketCents: number[]
  /** Unallocated payments and unused credit notes, as a negative amount (0 when none). */
  creditCents: number
}

export interface AgingTotals {
  /** Clients matching the filters (all of them, not only the page returned). */
  clientCount: number
  totalCents: number
  bucketCents: number[]
  creditCents: number
}

export interface AgingReport {
  asOf: IsoDate
  /** Upper limits in days late of the buckets, e.g. [30, 60, 90]. */
  limits: number[]
  buckets: AgingBucket[]
  /** The page asked for (`offset`, `limit`), sorted; all rows when no limit was given. */
  rows: AgingRow[]
  offset: number
  totals: AgingTotals
  /** The whole dossier's DSO (countback method), whatever the filters; null without sales. */
  dsoDays: number | null
}

export interface AgingInvoice {
  id: number
  number: string
  issueDate: IsoDate
  dueDate: IsoDate
  amountCents: number
  /** Still owed as of the date. */
  balanceCents: number
  /** Calendar days past the due date as of the date; 0 when not yet due. */
  daysLate: number
  /** Index in `buckets`. */
  bucket: number
}

export interface AgingCredit {
  kind: 'payment' | 'credit_note'
  id: number
  date: IsoDate
  /** The payment's reference or the credit note's number. */
  reference: string | null
  /** Still to apply as of the date (positive). */
  remainingCents: number
}

export interface ClientAging {
  clientId: number
  asOf: IsoDate
  buckets: AgingBucket[]
  /** Open as of the date, oldest due date first. */
  invoices: AgingInvoice[]
  credits: AgingCredit[]
  /** The client's DSO (countback method); null when it has no sales. */
  dsoDays: number | null
}

export interface AgingSettings {
  limits: number[]
  buckets: AgingBucket[]
}

const MAX_LIMIT_DAYS = 3650

/** Bucket limits in days late: 1 to 5 positive whole numbers, strictly increasing. */
export const agingLimitsField = z
  .array(
    z
      .number({ error: 'Chaque limite doit être un nombre de jours.' })
      .int({ error: 'Chaque limite doit être un nombre entier de jours.' })
      .min(1, { error: 'Chaque limite doit être d’au moins 1 jour.' })
      .max(MAX_LIMIT_DAYS, { error: `Une limite ne peut dépasser ${MAX_LIMIT_DAYS} jours.` }),
    { error: 'Indiquez les limites des tranches en jours.' },
  )
  .min(1, { error: 'Indiquez au moins une limite.' })
  .max(AGING_MAX_LIMITS, { error: `${AGING_MAX_LIMITS} limites au plus.` })
  .refine((limits) => limits.every((limit, i) => i === 0 || limit > (limits[i - 1] as number)), {
    error: 'Les limites doivent être strictement croissantes (par exemple 30, 60, 90).',
  })

/** What selects and orders the rows, shared by the report and its exports. */
const agingFilters = {
  /** Absent: today. */
  asOf: isoDate('La date de la balance').optional(),
  segment: optionalText('Le segment', 60),
  /** Only clients whose balance is at least this much. */
  minimumCents: z
    .number({ error: 'Le montant minimum est illisible (exemple : 1 000,00).' })
    .int()
    .min(0, { error: 'Le montant minimum ne peut être négatif.' })
    .optional(),
  /** Only clients with something past due. */
  onlyLate: z.boolean().default(false),
  /** Client name or code, accents and case ignored. */
  search: optionalText('La recherche', 100),
  sort: z.union([z.enum(AGING_SORT_COLUMNS), z.number().int().min(0).max(AGING_MAX_LIMITS + 1)]).default('name'),
  descending: z.boolean().default(false),
}

export const agingReportInput = z.object({
  ...agingFilters,
  offset: z.number().int().min(0).default(0),
  /** Absent: every row (exports, CLI); the page asks for a few hundred at a time. */
  limit: z.number().int().min(1).max(100_000).optional(),
})

export const agingChannels = {
  'aging.report': defineChannel<AgingReport>()(agingReportInput),
  /** Drill-down: one client's open invoices and credits as of the date. */
  'aging.clientInvoices': defineChannel<ClientAging>()(z.object({ clientId: entityId, asOf: isoDate('La date de la balance').optional() })),
  /** The whole report (all rows, same filters and order) as a file to download. */
  'aging.export': defineChannel<ExportedFile>()(
    z.object({ ...agingFilters, format: z.enum(EXPORT_FORMATS, { error: 'Choisissez CSV, Excel ou PDF.' }) }),
  ),
  'aging.settings': defineChannel<AgingSettings>()(z.object({})),
  'aging.updateSettings': defineChannel<AgingSettings>()(z.object({ limits: agingLimitsField })),
}
