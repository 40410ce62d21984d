import type { z } from 'zod'
import { addDays, type IsoDate } from '../../../src-shared/dates'
import type { PenaltyChoice, PlanDetail, PlanFrequency, planTerms } from '../../../src-shared/contract/plans'
import { readEuros } from '../../euro-input'

type PlanTerms = z.input<typeof planTerms>
type Edit = NonNullable<PlanTerms['edits']>[number]

/** What the editor's fields hold, as typed: amounts stay text until read the French way. */
export interface PlanForm {
  /** Null: every overdue invoice of the client (the core's default). */
  invoiceIds: number[] | null
  penalties: PenaltyChoice
  downPayment: string
  downPaymentDate: IsoDate | ''
  mode: 'count' | 'amount'
  count: string
  amount: string
  frequency: PlanFrequency
  firstDate: IsoDate
  dayOfMonth: string
  /** Free dates only: one per instalment. */
  dates: IsoDate[]
  edits: Edit[]
  note: string
}

export function emptyPlanForm(today: IsoDate): PlanForm {
  return {
    invoiceIds: null,
    penalties: 'freeze',
    downPayment: '',
    downPaymentDate: '',
    mode: 'count',
    count: '3',
    amount: '',
    frequency: 'month',
    firstDate: addDays(today, 30),
    dayOfMonth: '',
    dates: [],
    edits: [],
    note: '',
  }
}

/** A renegotiation starts from the plan it replaces: same invoices and choices, its unpaid instalments from the next date on. */
export function renegotiationForm(plan: PlanDetail, today: IsoDate): PlanForm {
  const unpaid = plan.instalments.filter((row) => row.sequence > 0 && row.state !== 'paid')
  const next = unpaid.find((row) => row.date >= today)?.date
  return {
    ...emptyPlanForm(today),
    invoiceIds: plan.invoices.map((invoice) => invoice.invoiceId),
    penalties: plan.penalties,
    count: String(Math.max(1, unpaid.length)),
    frequency: plan.frequency === 'free' ? 'month' : plan.frequency,
    firstDate: next ?? addDays(today, 30),
  }
}

export type FormReading = { ok: true; terms: PlanTerms } | { ok: false; field: 'downPayment' | 'amount' | 'count' | 'dayOfMonth' }

/** The terms the core computes the schedule from, or the field that cannot be read yet. */
export function termsOf(form: PlanForm, clientId: number): FormReading {
  const down = readEuros(form.downPayment)
  if (down.status === 'unreadable') return { ok: false, field: 'downPayment' }
  const terms: PlanTerms = {
    clientId,
    penalties: form.penalties,
    downPaymentCents: down.status === 'ok' ? down.cents : 0,
    frequency: form.frequency,
    firstDate: form.firstDate,
    edits: form.edits,
  }
  if (form.invoiceIds !== null) terms.invoiceIds = form.invoiceIds
  if (form.downPaymentDate !== '' && terms.downPaymentCents! > 0) terms.downPaymentDate = form.downPaymentDate
  if (form.frequency === 'free') {
    terms.dates = form.dates.length > 0 ? form.dates : [form.firstDate]
    terms.instalmentCount = terms.dates.length
  } else if (form.mode === 'amount') {
    const amount = readEuros(form.amount)
    if (amount.status !== 'ok') return { ok: false, field: 'amount' }
    terms.instalmentCents = amount.cents
  } else {
    if (!/^\d{1,3}$/.test(form.count.trim())) return { ok: false, field: 'count' }
    terms.instalmentCount = Number(form.count.trim())
  }
  if (form.frequency === 'month' && form.dayOfMonth.trim() !== '') {
    const day = Number(form.dayOfMonth.trim())
    if (!Number.isInteger(day) || day < 1 || day > 31) return { ok: false, field: 'dayOfMonth' }
    terms.dayOfMonth = day
  }
  return { ok: true, terms }
}

/** Records a row changed by hand: one edit per row, its date and amount kept together. */
export function withEdit(edits: Edit[], edit: Edit): Edit[] {
  const previous = edits.find((e) => e.sequence === edit.sequence)
  const merged: Edit = { ...previous, ...edit }
  return [...edits.filter((e) => e.sequence !== edit.sequence), merged].sort((a, b) => a.sequence - b.sequence)
}

/** The number of instalments the form asks for, when it says one; edits beyond it are dropped. */
export function withinCount(edits: Edit[], count: number | null): Edit[] {
  return count === null ? edits : edits.filter((edit) => edit.sequence <= count)
}
