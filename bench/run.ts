// `npm run bench`: runs every benchmark of bench/*.bench.ts, prints a table, and writes
// reports/bench.json as a list of {name, value, unit, budget, ok}. Exits 1 on a broken budget.
// `npm run bench -- fec aging` runs only the files whose name contains one of the words.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Benchmark, BenchResult } from './types'

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.ts') && (only.length === 0 || only.some((word) => file.includes(word))))
    .sort()
  const results: BenchResult[] = []
  for (const file of files) {
    const module = (await import(join(__dirname, file))) as { benchmarks: Benchmark[] }
    for (const benchmark of module.benchmarks) {
      console.log(`… ${benchmark.name}`)
      const value = await benchmark.run()
      results.push({ name: benchmark.name, value, unit: benchmark.unit, budget: benchmark.budget, ok: value <= benchmark.budget })
    }
  }
  const width = Math.max(9, ...results.map((r) => r.name.length))
  console.log(`${'benchmark'.padEnd(width)}  ${'value'.padStart(10)}  ${'budget'.padStart(10)}  unit  ok`)
  for (const r of results) {
    const value = r.value < 10 ? r.value.toFixed(3) : r.value.toFixed(1)
    console.log(`${r.name.padEnd(width)}  ${value.padStart(10)}  ${String(r.budget).padStart(10)}  ${r.unit.padEnd(4)}  ${r.ok ? 'ok' : 'OVER BUDGET'}`)
  }
  const reports = join(__dirname, '..', 'reports')
  mkdirSync(reports, { recursive: true })
  writeFileSync(join(reports, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`)
  if (results.some((r) => !r.ok)) process.exitCode = 1
}

void main()
