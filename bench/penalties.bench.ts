import { fromDayNumber, toDayNumber } from '../src-shared/dates'
import {
  computePenalties,
  createRateTable,
  halfYearKey,
  type HalfYearRates,
  type Payment,
  type PenaltyInput,
  type RatePolicy,
  type RateTable,
} from '../src-main/domain/penalties'
import { seededRandom } from '../src-main/demo/random'
import type { Benchmark } from './types'

/**
 * Penalty statements for a large ledger: a million invoices of every shape (on time,
 * late and unpaid, paid in several instalments across half-years, consumers with and
 * without a formal notice, agreed rates, delays running past the last known rates).
 * The cases are generated first; only computePenalties is timed.
 */

const CASES = 1_000_000

/**
 * Rates 2013-H1 → 2026-H1 in the ranges French rates took (ECB 0–4.50 %, legal rates
 * 0–8 %); the values do not change the work, and like the real table it ends at
 * 2026-H1, so late invoices running into 2026-H2 take the missing-rate path.
 */
function benchRateTable(next: () => number): RateTable {
  const rows: HalfYearRates[] = []
  for (let halfYear = 2013 * 2; halfYear <= 2026 * 2; halfYear += 1) {
    rows.push({
      halfYear: halfYearKey(halfYear),
      ecbRefBp: Math.floor(next() * 451),
      legalIndividualBp: 300 + Math.floor(next() * 500),
      legalOtherBp: Math.floor(next() * 500),
    })
  }
  return createRateTable(rows)
}

function generateCases(count: number): PenaltyInput[] {
  // Seeded, so every run times the same ledger.
  const random = seededRandom(20_250_915)
  const next = random.next
  const rates = benchRateTable(next)
  const firstDue = toDayNumber('2019-01-01')
  const lastDue = toDayNumber('2026-06-30')
  const integer = random.int
  const cases: PenaltyInput[] = []
  for (let i = 0; i < count; i += 1) {
    // 50 € to 200 000 €, most invoices small (log-uniform).
    const amountCents = Math.round(5000 * Math.exp(next() * Math.log(4000)))
    const dueDay = integer(firstDue, lastDue)
    // How long after the due date the statement is drawn up: mostly weeks, as in an
    // aged balance, with a tail of claims one to four years old.
    const lateness = next()
    const asOfDay = dueDay + (lateness < 0.6 ? integer(-30, 90) : lateness < 0.9 ? integer(91, 540) : integer(541, 1500))
    const payments: Payment[] = []
    const shape = next()
    if (shape < 0.35) {
      payments.push({ date: fromDayNumber(dueDay + integer(-20, 200)), amountCents })
    } else if (shape < 0.65) {
      // Two to four instalments over up to two years, listed by date as the dossier
      // lists them; one plan in three stops before the last instalment.
      const instalments = integer(2, 4)
      const share = Math.floor(amountCents / instalments)
      const days = Array.from({ length: instalments }, () => dueDay + integer(-10, 700)).sort((a, b) => a - b)
      const made = next() < 1 / 3 ? instalments - 1 : instalments
      for (let k = 0; k < made; k += 1) {
        const last = k === instalments - 1
        payments.push({ date: fromDayNumber(days[k]!), amountCents: last ? amountCents - share * k : share })
      }
    }
    const debtor = next() < 0.85 ? 'pro' : 'particulier'
    const policyDraw = next()
    const ratePolicy: RatePolicy =
      policyDraw < 0.7
        ? { kind: 'legal' }
        : policyDraw < 0.9
          ? { kind: 'fixed', rateBp: integer(800, 1600) }
          : { kind: 'legalInterestMultiple', factor: 3 }
    const input: PenaltyInput = {
      amountCents,
      dueDate: fromDayNumber(dueDay),
      payments,
      debtor,
      ratePolicy,
      rates,
      asOf: fromDayNumber(asOfDay),
      dayCount: next() < 0.9 ? '365' : 'actual',
    }
    if (debtor === 'particulier' && next() < 0.7) input.noticeDate = fromDayNumber(dueDay + integer(0, 120))
    cases.push(input)
  }
  return cases
}

export const benchmarks: Benchmark[] = [
  {
    name: 'penalties: 1,000,000 invoice statements',
    unit: 's',
    budget: 2,
    run() {
      const cases = generateCases(CASES)
      let checksum = 0
      const start = performance.now()
      for (const input of cases) checksum += computePenalties(input).totalCents
      const seconds = (performance.now() - start) / 1000
      // Using the result keeps the engine's work from being optimised away.
      if (!(checksum > 0)) throw new Error('no penalties computed')
      return seconds
    },
  },
]
