import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCore } from '../src-main/core'
import { BENCH_TODAY, REPO_ROOT } from './generate-dossier'
import { writeMillionLineFec } from './million-line-fec'
import type { Benchmark } from './types'

/**
 * The FEC of over a million lines (million-line-fec.ts) imported into an empty dossier
 * through dispatch as `encaisse import` does: hash, streaming read, plan, one transaction.
 * Only the import is timed, not the file's generation.
 */

const BUDGET_S = 30

async function importSeconds(): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'encaisse-bench-fec-'))
  try {
    const file = writeMillionLineFec(folder)
    const core = startCore({ appRoot: REPO_ROOT, dossierPath: join(folder, 'dossier.sqlite'), createIfMissing: true, userData: join(folder, 'user'), today: BENCH_TODAY })
    try {
      const started = performance.now()
      const result = await core.call('imports.run', { path: file })
      const elapsed = (performance.now() - started) / 1000
      if (!result.ok) throw new Error(`import refused: ${result.error.message}`)
      return elapsed
    } finally {
      core.close()
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

export const benchmarks: Benchmark[] = [
  { name: 'imports.run: FEC of 1,000,000 lines into an empty dossier', unit: 's', budget: BUDGET_S, run: importSeconds },
]
