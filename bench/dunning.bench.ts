import { BENCH_SCALE } from './generate-dossier'
import { medianCallMs } from './median-call'
import type { Benchmark } from './types'

/**
 * Planning a day of reminders on the benchmark dossier, as the Relances page and
 * `encaisse dunning plan` ask for it: the dossier's state read, the engine run over every
 * client with open invoices, penalties to date computed on every proposal. Issue 11's
 * budget: under 1 s. Median of several calls through dispatch.
 */

const CALLS = 5

export const benchmarks: Benchmark[] = [
  {
    name: `dunning.plan: one day for ${BENCH_SCALE.clients.toLocaleString('en-US')} clients (${BENCH_SCALE.invoices.toLocaleString('en-US')} invoices)`,
    unit: 's',
    budget: 1,
    run: async () => (await medianCallMs('dunning.plan', {}, CALLS)) / 1000,
  },
]
