import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChannelInput } from '../src-shared/contract'
import { startCore } from '../src-main/core'
import { BENCH_SCALE, BENCH_TODAY, benchDossier, REPO_ROOT } from './generate-dossier'
import type { Benchmark } from './types'

/**
 * The invoice list, one page of 100, on the benchmark dossier: the time a user waits
 * after a click, measured through dispatch (validation, SQL, mapping) as the median
 * of several calls after a warm-up. One line per typical query, since their costs differ.
 */

const CALLS = 15
const WARM_UP = 2
const BUDGET_MS = 100

const QUERIES: [string, ChannelInput<'invoices.list'>][] = [
  ['default sort by due date', {}],
  ["filter 'overdue'", { filter: 'overdue' }],
  ["filter 'open', amount descending", { filter: 'open', sort: 'amount', descending: true }],
  // A common surname (thousands of invoices) and one client's code (a dozen): the plans differ.
  ["client search 'lefèvre'", { search: 'lefèvre' }],
  ["client search by code '411DUPRE00001'", { search: '411DUPRE00001' }],
  ['page at offset 10,000', { offset: 10_000 }],
]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

async function medianMs(input: ChannelInput<'invoices.list'>): Promise<number> {
  const userData = mkdtempSync(join(tmpdir(), 'encaisse-bench-user-'))
  const core = startCore({ appRoot: REPO_ROOT, dossierPath: benchDossier(), userData, today: BENCH_TODAY })
  try {
    const timings: number[] = []
    for (let i = 0; i < WARM_UP + CALLS; i++) {
      const started = performance.now()
      const result = await core.call('invoices.list', input)
      const elapsed = performance.now() - started
      if (!result.ok) throw new Error(`invoices.list refused ${JSON.stringify(input)}: ${result.error.message}`)
      if (i >= WARM_UP) timings.push(elapsed)
    }
    return median(timings)
  } finally {
    core.close()
    rmSync(userData, { recursive: true, force: true })
  }
}

const invoiceCount = BENCH_SCALE.invoices.toLocaleString('en-US')

export const benchmarks: Benchmark[] = QUERIES.map(([label, input]) => ({
  name: `invoices.list: one page of 100 (${invoiceCount} invoices), ${label}`,
  unit: 'ms',
  budget: BUDGET_MS,
  run: () => medianMs(input),
}))
