// Runs the benchmarks of one bench file and writes their results as JSON to the path given.
// `bench/run.ts` starts one process per file, so a figure such as a peak RSS is not raised by
// what an earlier file left in the heap (a 1,000,000-line import before the letters did).
import { writeFileSync } from 'node:fs'
import type { Benchmark, BenchResult } from './types'

async function main(): Promise<void> {
  const [file, output] = process.argv.slice(2)
  if (!file || !output) throw new Error('usage: tsx bench/run-file.ts <bench file> <results.json>')
  const module = (await import(file)) as { benchmarks: Benchmark[] }
  const results: BenchResult[] = []
  for (const benchmark of module.benchmarks) {
    console.log(`… ${benchmark.name}`)
    const value = await benchmark.run()
    results.push({ name: benchmark.name, value, unit: benchmark.unit, budget: benchmark.budget, ok: value <= benchmark.budget })
  }
  writeFileSync(output, JSON.stringify(results))
}

void main()
