import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCore } from '../src-main/core'
import { fecText, generateLedger } from '../tests/fixtures/ledger-generator'
import { BENCH_TODAY, REPO_ROOT } from './generate-dossier'
import type { Benchmark } from './types'

/**
 * A FEC of over a million lines (20,000 clients, 240,000 invoices with their revenue and VAT
 * lines, bank receipts, credit notes, lettering), the pipe / CRLF / padded-amounts
 * dialect, imported into an empty dossier through dispatch as `encaisse import` does:
 * hash, streaming read, plan, one transaction. Only the import is timed, not the file's
 * generation.
 */

const BUDGET_S = 30

async function importSeconds(): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'encaisse-bench-fec-'))
  try {
    const ledger = generateLedger({ seed: 2026, clients: 20_000, invoicesPerClient: 12, subLedger: true })
    const file = join(folder, 'FEC-million.txt')
    writeFileSync(file, fecText(ledger, { separator: '|', newline: '\r\n', paddedAmounts: true }))
    const lines = ledger.lines.length + 1
    if (lines < 1_000_000) throw new Error(`the bench FEC has only ${lines} lines`)
    console.log(`  ${lines.toLocaleString('en-US')} lines, ${(statSync(file).size / 1e6).toFixed(0)} MB`)
    const core = startCore({ appRoot: REPO_ROOT, dossierPath: join(folder, 'dossier.sqlite'), userData: join(folder, 'user'), today: BENCH_TODAY })
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
