import type { ChannelInput } from '../src-shared/contract'
import { BENCH_SCALE } from './generate-dossier'
import { medianCallMs } from './median-call'
import type { Benchmark } from './types'

/**
 * The invoice list, one page of 100, on the benchmark dossier: the time a user waits
 * after a click, measured through dispatch (validation, SQL, mapping) as the median
 * of several calls after a warm-up. One line per typical query, since their costs differ.
 */

const CALLS = 15
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

const invoiceCount = BENCH_SCALE.invoices.toLocaleString('en-US')

export const benchmarks: Benchmark[] = QUERIES.map(([label, input]) => ({
  name: `invoices.list: one page of 100 (${invoiceCount} invoices), ${label}`,
  unit: 'ms',
  budget: BUDGET_MS,
  run: () => medianCallMs('invoices.list', input, CALLS),
}))
