import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_UNCERTAIN_AFTER_DAYS } from '../src-shared/contract/dashboard'
import { addDays, type IsoDate } from '../src-shared/dates'
import { collectedOnInvoicesIssuedBy, rewindLedger } from '../src-main/data/backtest/rewind-ledger'
import { openDossier, type Dossier } from '../src-main/data/open-dossier'
import { cashForecast, FORECAST_WEEKS } from '../src-main/data/queries/cash-forecast'
import { generateDemo } from '../src-main/demo/generate-demo'
import { writeDemo } from '../src-main/data/write-demo'
import { BENCH_TODAY, REPO_ROOT } from './generate-dossier'
import type { Benchmark } from './types'

/**
 * Backtest of the eight-week cash forecast on the demonstration dossier: from a Monday
 * in the past, the dossier is put back as it stood that day (a copy of the file, every
 * later payment, credit note and invoice removed), the forecast is made, and each of its
 * eight weeks is compared with what the ledger says was really collected that week on
 * the invoices open that day. Four such Mondays, four weeks apart, ending eight weeks
 * before the ledger does.
 *
 * Two figures: the weekly error (the sum of |forecast − collected| over the weeks,
 * divided by what was collected: a week expected too high is not made good by another
 * too low), and the eight weeks' total error (|Σ forecast − Σ collected| / Σ collected).
 */

const AS_OF: IsoDate[] = [56, 84, 112, 140].map((days) => addDays(BENCH_TODAY, -days))
/**
 * Ours (the issue asks for the error to be reported, not for a bound). Measured when the
 * method was written: 61 % week by week (64 clients' payments are lumpy: one large
 * payment moves a week), 14 % on the eight weeks together. The former method, which put
 * every invoice past its expected date into week 1 whatever its age, gave 162 % and 106 %.
 */
const WEEKLY_BUDGET_PERCENT = 70
const TOTAL_BUDGET_PERCENT = 20

interface Backtest {
  asOf: IsoDate
  forecast: number[]
  collected: number[]
}

function backtest(folder: string, source: string, asOf: IsoDate): Backtest {
  const ledger = openDossier(source, { now: new Date(), migrationsFolder: join(REPO_ROOT, 'migrations') })
  const collected = Array.from({ length: FORECAST_WEEKS }, (_, week) =>
    collectedOnInvoicesIssuedBy(ledger, asOf, addDays(asOf, week * 7), addDays(asOf, week * 7 + 6)),
  )
  ledger.close()
  const copy = join(folder, `as-of-${asOf}.sqlite`)
  copyFileSync(source, copy)
  const past = openDossier(copy, { now: new Date(), migrationsFolder: join(REPO_ROOT, 'migrations') })
  try {
    rewindLedger(past, asOf)
    const forecast = cashForecast(past.db, asOf, DEFAULT_UNCERTAIN_AFTER_DAYS).weeks.map((week) => week.amountCents)
    return { asOf, forecast, collected }
  } finally {
    past.close()
  }
}

function demonstrationDossier(folder: string): string {
  const path = join(folder, 'demo.sqlite')
  const dossier: Dossier = openDossier(path, { now: new Date(), migrationsFolder: join(REPO_ROOT, 'migrations'), create: true })
  writeDemo(dossier, generateDemo(BENCH_TODAY), `${BENCH_TODAY}T08:00:00.000Z`)
  dossier.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  dossier.close()
  return path
}

let results: Backtest[] | undefined

function backtests(): Backtest[] {
  if (results) return results
  const folder = mkdtempSync(join(tmpdir(), 'encaisse-backtest-'))
  try {
    const source = demonstrationDossier(folder)
    results = AS_OF.map((asOf) => backtest(folder, source, asOf))
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  const euros = (cents: number) => (cents / 100).toFixed(0).padStart(8)
  for (const { asOf, forecast, collected } of results) {
    console.log(`  as of ${asOf}: forecast ${forecast.map(euros).join(' ')}`)
    console.log(`  ${' '.repeat(16)}collected ${collected.map(euros).join(' ')}`)
  }
  return results
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

function weeklyErrorPercent(): number {
  const all = backtests()
  const absolute = sum(all.flatMap(({ forecast, collected }) => forecast.map((cents, week) => Math.abs(cents - (collected[week] ?? 0)))))
  return (100 * absolute) / sum(all.flatMap((test) => test.collected))
}

function totalErrorPercent(): number {
  const all = backtests()
  return (100 * sum(all.map(({ forecast, collected }) => Math.abs(sum(forecast) - sum(collected))))) / sum(all.flatMap((test) => test.collected))
}

export const benchmarks: Benchmark[] = [
  { name: 'dashboard.forecast backtest, weekly error (demo, 4 × 8 weeks)', unit: '%', budget: WEEKLY_BUDGET_PERCENT, run: weeklyErrorPercent },
  { name: 'dashboard.forecast backtest, 8-week total error (demo, 4 × 8 weeks)', unit: '%', budget: TOTAL_BUDGET_PERCENT, run: totalErrorPercent },
]
