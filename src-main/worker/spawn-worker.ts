import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'

/** The threads the core runs on: the one answering calls, and one per long job. */
export type WorkerEntry = 'core-worker' | 'job-worker'

/**
 * Starts a worker thread from its entry file: the bundled one beside this code in out/main
 * (the application, the host, the CLI), else the TypeScript source through tsx (tests and
 * benchmarks run from the sources, where no bundle of the worker exists).
 */
export function spawnWorker(entry: WorkerEntry, workerData: unknown): Worker {
  const bundled = join(__dirname, `${entry}.js`)
  if (existsSync(bundled)) return new Worker(bundled, { workerData })
  const source = join(__dirname, `${entry}.ts`)
  const tsx = createRequire(join(__dirname, 'spawn-worker.ts')).resolve('tsx/cjs/api')
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)})`
  return new Worker(boot, { eval: true, workerData })
}
