// `npm run bench`: runs every benchmark of bench/*.bench.ts, prints a table, and writes
// reports/bench.json as a list of {name, value, unit, budget, ok}. Exits 1 on a broken budget.
// `npm run bench -- fec aging` runs only the files whose name contains one of the words.
// Each file runs in its own process (bench/run-file.ts), so one file's heap does not weigh on
// the next one's figures.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BenchResult } from './types'

function main(): void {
  const only = process.argv.slice(2)
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.ts') && (only.length === 0 || only.some((word) => file.includes(word))))
    .sort()
  const results: BenchResult[] = []
  const scratch = mkdtempSync(join(tmpdir(), 'encaisse-bench-'))
  try {
    for (const file of files) {
      const output = join(scratch, `${file}.json`)
      const run = spawnSync(process.execPath, [...process.execArgv, join(__dirname, 'run-file.ts'), join(__dirname, file), output], { stdio: 'inherit' })
      if (run.status !== 0) throw new Error(`${file} failed (exit ${run.status ?? run.signal})`)
      results.push(...(JSON.parse(readFileSync(output, 'utf8')) as BenchResult[]))
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
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

main()
