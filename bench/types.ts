/** One measured figure of `npm run bench`, checked against the budget an issue set. */
export interface BenchResult {
  name: string
  value: number
  unit: string
  budget: number
  ok: boolean
}

/** A benchmark: `run` measures and returns the figure; lower is better. */
export interface Benchmark {
  name: string
  unit: string
  budget: number
  run(): Promise<number> | number
}
