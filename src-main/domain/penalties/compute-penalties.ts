import type { Cents } from '../../../src-shared/money'
import type { IsoDate } from '../../../src-shared/dates'
import {
  dateOfDay,
  dayOfDate,
  daysInYear,
  forEachHalfYearSlice,
  yearOfHalfYear,
  type HalfYearSliceVisitor,
} from './calendar'
import type { PenaltyFlag } from './flags'
import { halfYearKey, type HalfYearIndex, type HalfYearKey } from './half-years'
import { paymentTermsFlag, type PaymentTerms } from './payment-terms'
import { periodInterestCents } from './period-interest'
import { prescriptionFlag } from './prescription'
import { annualRateRule, contractFloorBp, isAgreedRate, type DebtorKind, type RatePolicy } from './rate-policy'
import type { HalfYearRates, RateTable } from './rate-table'
import {
  consumerAgreedRateWarning,
  noticeBeforeDueDateWarning,
  noticeRequiredWarning,
  overpaymentWarning,
  rateBelowFloorWarning,
  rateMissingWarning,
  ratesBeforeTableWarning,
  type PenaltyWarning,
} from './warnings'

/**
 * Day-count basis: '365' divides every day by 365 (the usual practice, legal-fr.md
 * §1.5); 'actual' divides by the number of days of the calendar year the day is in
 * (366 in leap years). No statute settles it, so it is the user's choice.
 */
export type DayCountBasis = '365' | 'actual'

export interface Payment {
  /** The day the money reached the creditor. */
  date: IsoDate
  amountCents: Cents
}

export interface PenaltyInput {
  /** Invoice amount including VAT: penalties run on the TTC amount (legal-fr.md §1.5). */
  amountCents: Cents
  dueDate: IsoDate
  payments: readonly Payment[]
  debtor: DebtorKind
  /** Day the formal notice (mise en demeure) reached the debtor; starts consumers' interest. */
  noticeDate?: IsoDate
  ratePolicy: RatePolicy
  rates: RateTable
  asOf: IsoDate
  dayCount?: DayCountBasis
  /** When known, the term is checked against the legal caps (flag only). */
  terms?: PaymentTerms
}

/** One printed line: base × rate × days / yearDays, rounded to the cent. */
export interface PenaltyPeriod {
  from: IsoDate
  to: IsoDate
  days: number
  /** Whose rates apply; when they were missing, a warning names the half-year used instead. */
  halfYear: HalfYearKey
  yearDays: number
  baseCents: Cents
  rateBp: number
  amountCents: Cents
}

export interface PenaltyStatement {
  periods: PenaltyPeriod[]
  /** Sum of the periods' rounded amounts, so a letter always adds up (DESIGN §4). */
  interestCents: Cents
  indemnityCents: Cents
  totalCents: Cents
  /** Principal still owed on the as-of date (an overpayment leaves 0 and a warning). */
  unpaidCents: Cents
  warnings: PenaltyWarning[]
  flags: PenaltyFlag[]
}

/** D441-5: "le montant de l'indemnité forfaitaire pour frais de recouvrement … est fixé à 40 euros". */
export const RECOVERY_INDEMNITY_CENTS = 4000

/**
 * The late-payment statement of one invoice on the as-of date.
 *
 * Between professionals (L441-10 II) penalties are due from the day after the due
 * date without any reminder: a period from day A to day B counts B − A + 1 days, so
 * an invoice due on the 15th and paid on the 20th is 5 days late. They run on the
 * unpaid amount incl. VAT, simple interest, cut at each 1 January / 1 July (each
 * half-year has its own rate) and at each payment (the base declines). Payments on
 * or before the due date only lower the base; payments after the as-of date are not
 * known yet and are ignored. Each line is rounded once; interest is their sum.
 */
export function computePenalties(input: PenaltyInput): PenaltyStatement {
  return computePenaltiesWithExtraCuts(input, [])
}

/**
 * computePenalties with extra period boundaries: a period also ends on each cut date.
 * A cut changes no rate and no base; it only adds a rounding, which is what the
 * property tests measure.
 */
export function computePenaltiesWithExtraCuts(input: PenaltyInput, extraCuts: readonly IsoDate[]): PenaltyStatement {
  const dueDay = validDay(input.dueDate, 'dueDate')
  const asOfDay = validDay(input.asOf, 'asOf')
  assertValidInput(input)
  const payments = chronological(input.payments, extraCuts)
  // ISO dates sort as text: the payments known on the as-of date are a prefix.
  let known = payments.length
  while (known > 0 && payments[known - 1]!.date > input.asOf) known -= 1
  const warnings: PenaltyWarning[] = []

  let balance = input.amountCents
  let next = 0
  while (next < known && payments[next]!.date <= input.dueDate) balance -= payments[next++]!.amountCents
  const isLate = asOfDay > dueDay && balance > 0
  // D441-5: once per invoice paid late or still unpaid, from the first day of delay,
  // whatever the delay and not split on partial payment; never for consumers.
  const indemnityCents = isLate && input.debtor === 'pro' ? RECOVERY_INDEMNITY_CENTS : 0

  const accrual = new Accrual(input)
  const startAfter = isLate ? interestStartsAfter(input, dueDay, warnings) : null
  if (startAfter !== null) {
    while (next < known && payments[next]!.date <= startAfter) balance -= payments[next++]!.amountCents
    // Dates are checked by now: dayOfDate cannot answer undefined.
    let cursor = dayOfDate(startAfter)!
    while (balance > 0 && cursor < asOfDay) {
      const payment = next < known ? payments[next]! : undefined
      const end = payment ? dayOfDate(payment.date)! : asOfDay
      if (end > cursor) {
        accrual.accrue(cursor + 1, end, balance)
        cursor = end
      }
      if (!payment) break
      balance -= payment.amountCents
      next += 1
    }
  }
  while (next < known) balance -= payments[next++]!.amountCents

  accrual.appendWarnings(warnings)
  if (balance < 0) warnings.push(overpaymentWarning(-balance))

  const unpaidCents = Math.max(balance, 0)
  const totalCents = accrual.interestCents + indemnityCents
  const flags: PenaltyFlag[] = []
  if (unpaidCents > 0 || totalCents > 0) {
    const prescription = prescriptionFlag(input.debtor, input.dueDate, input.asOf, asOfDay - dueDay)
    if (prescription) flags.push(prescription)
  }
  if (input.terms) {
    const terms = paymentTermsFlag(input.terms, input.dueDate)
    if (terms) flags.push(terms)
  }
  return {
    periods: accrual.periods,
    interestCents: accrual.interestCents,
    indemnityCents,
    totalCents,
    unpaidCents,
    warnings,
    flags,
  }
}

/**
 * The date after which interest runs, or null when none runs.
 *
 * Professionals: the due date (L441-10 II, "exigibles le jour suivant la date de
 * règlement", "sans qu'un rappel soit nécessaire").
 *
 * Consumers [I]: Code civil 1231-6 and 1344-1 make legal interest run "à compter de
 * la mise en demeure". We count it like the B2B delay: the notice date plays the part
 * of the due date, the day of the notice is not counted (the day of the event that
 * starts a period never is, CPC 641 al. 1) and interest runs from the next day, on
 * what is still unpaid then. `noticeDate` is the day the notice reached the debtor
 * (signature or first presentation of the registered letter), which the caller
 * records. A notice dated before the due date demands a sum not yet payable and has
 * no effect; a notice after the as-of date has not happened yet.
 */
function interestStartsAfter(input: PenaltyInput, dueDay: number, warnings: PenaltyWarning[]): IsoDate | null {
  if (input.debtor === 'pro') return input.dueDate
  if (isAgreedRate(input.ratePolicy)) warnings.push(consumerAgreedRateWarning())
  if (input.noticeDate === undefined || input.noticeDate > input.asOf) {
    warnings.push(noticeRequiredWarning(input.asOf))
    return null
  }
  if (validDay(input.noticeDate, 'noticeDate') < dueDay) {
    warnings.push(noticeBeforeDueDateWarning(input.noticeDate, input.dueDate))
    return null
  }
  return input.noticeDate
}

/**
 * The payments in date order, artificial cuts included as payments of 0, each checked.
 * Ledgers list payments in order, so the given array is used as is when it is.
 */
function chronological(payments: readonly Payment[], cuts: readonly IsoDate[]): readonly Payment[] {
  for (const cut of cuts) validDay(cut, 'extraCuts[]')
  const all = cuts.length === 0 ? payments : [...payments, ...cuts.map((date) => ({ date, amountCents: 0 }))]
  let sorted = true
  for (let i = 0; i < all.length; i += 1) {
    const payment = all[i]!
    validDay(payment.date, 'payments[].date')
    assertCents(payment.amountCents, 'payments[].amountCents')
    if (i > 0 && payment.date < all[i - 1]!.date) sorted = false
  }
  return sorted ? all : [...all].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** Builds the periods of a statement and remembers what its warnings must say. */
class Accrual implements HalfYearSliceVisitor {
  readonly periods: PenaltyPeriod[] = []
  interestCents = 0
  private readonly agreedRate: boolean
  private readonly annualRateBp: (rates: HalfYearRates) => number
  /** The unpaid base of the range being accrued. */
  private baseCents = 0
  // What the warnings must say, created when first needed: most statements have none.
  /** Missing half-year → the half-year whose rates stood in for it. */
  private substitutes: Map<HalfYearIndex, HalfYearIndex> | undefined
  private belowFloor: Map<HalfYearIndex, { rateBp: number; legalOtherBp: number }> | undefined
  private uncovered: { fromDay: number; toDay: number } | undefined

  constructor(private readonly input: PenaltyInput) {
    // L441-10 II: the floor binds what professionals agree, not the statutory default
    // nor consumers (whose rate is the legal one).
    this.agreedRate = input.debtor === 'pro' && isAgreedRate(input.ratePolicy)
    this.annualRateBp = annualRateRule(input.ratePolicy, input.debtor)
  }

  /** Interest on `baseCents` for the days fromDay..toDay inclusive. */
  accrue(fromDay: number, toDay: number, baseCents: Cents): void {
    this.baseCents = baseCents
    forEachHalfYearSlice(fromDay, toDay, this)
  }

  visitSlice(fromDay: number, toDay: number, halfYear: HalfYearIndex, from: IsoDate, to: IsoDate): void {
    const { input, baseCents } = this
    const resolved = input.rates.resolve(halfYear)
    if (!resolved) {
      // No rate may be guessed before the table's first half-year: those days get no
      // interest and a warning says which (understating is the safe side of a claim).
      this.uncovered = { fromDay: this.uncovered?.fromDay ?? fromDay, toDay }
      return
    }
    const substituted = resolved.halfYear !== halfYear
    if (substituted) {
      this.substitutes ??= new Map()
      this.substitutes.set(halfYear, resolved.halfYear)
    }
    const rateBp = this.annualRateBp(resolved.rates)
    if (this.agreedRate && rateBp < contractFloorBp(resolved.rates)) {
      this.belowFloor ??= new Map()
      this.belowFloor.set(halfYear, { rateBp, legalOtherBp: resolved.rates.legalOtherBp })
    }
    const days = toDay - fromDay + 1
    const yearDays = input.dayCount === 'actual' ? daysInYear(yearOfHalfYear(halfYear)) : 365
    const amountCents = periodInterestCents(baseCents, rateBp, days, yearDays)
    this.interestCents += amountCents
    this.periods.push({
      from,
      to,
      days,
      halfYear: substituted ? halfYearKey(halfYear) : resolved.rates.halfYear,
      yearDays,
      baseCents,
      rateBp,
      amountCents,
    })
  }

  /** Appends what the reader must know, oldest days first. */
  appendWarnings(warnings: PenaltyWarning[]): void {
    if (this.uncovered) {
      const { fromDay, toDay } = this.uncovered
      warnings.push(ratesBeforeTableWarning(this.input.rates.firstHalfYear, dateOfDay(fromDay), dateOfDay(toDay)))
    }
    for (const [missing, used] of this.substitutes ?? []) warnings.push(rateMissingWarning(missing, used))
    for (const [halfYear, { rateBp, legalOtherBp }] of this.belowFloor ?? []) {
      warnings.push(rateBelowFloorWarning(halfYear, rateBp, legalOtherBp))
    }
  }
}

/**
 * The engine trusts no caller: a malformed input is a bug upstream (handlers and the
 * CLI validate user input with French messages), so it throws instead of computing.
 * The due and as-of dates are checked before, payments where they are sorted.
 */
function assertValidInput(input: PenaltyInput): void {
  assertCents(input.amountCents, 'amountCents')
  if (input.noticeDate !== undefined) validDay(input.noticeDate, 'noticeDate')
  if (input.debtor !== 'pro' && input.debtor !== 'particulier') throw new RangeError(`unknown debtor: ${String(input.debtor)}`)
  if (input.dayCount !== undefined && input.dayCount !== '365' && input.dayCount !== 'actual') {
    throw new RangeError(`unknown day count: ${String(input.dayCount)}`)
  }
  const policy = input.ratePolicy
  if (policy.kind === 'fixed' && !(Number.isSafeInteger(policy.rateBp) && policy.rateBp >= 0)) {
    throw new RangeError('fixed rate must be a non-negative integer of basis points')
  }
  if (policy.kind === 'legalInterestMultiple' && !(Number.isSafeInteger(policy.factor) && policy.factor > 0)) {
    throw new RangeError('legal interest multiple must be a positive integer')
  }
  if (input.terms) {
    validDay(input.terms.issueDate, 'terms.issueDate')
    if (input.terms.issueDate > input.dueDate) throw new RangeError('due date before the invoice date')
  }
}

function assertCents(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${field}: not a non-negative number of cents`)
}

function validDay(date: IsoDate, field: string): number {
  const day = dayOfDate(date)
  if (day === undefined) throw new RangeError(`${field}: not a calendar date YYYY-MM-DD: ${String(date)}`)
  return day
}
