// The benchmark dossier: a dossier file of realistic size (20,000 clients, 200,000
// invoices, ~150,000 payments with their allocations), built by the real migrations and
// filled by the demonstration generator at scale. It takes a few seconds to build, so it
// is cached in reports/ under a name that changes whenever what it is made of changes.
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { IsoDate } from '../src-shared/dates'
import { openDossier } from '../src-main/data/open-dossier'
import { generateDemo } from '../src-main/demo/generate-demo'
import type { LedgerScale } from '../src-main/demo/types'
import { writeDemo } from '../src-main/data/write-demo'

export const REPO_ROOT = resolve(__dirname, '..')

/** The date the ledger ends on; benchmarks run with the same "today". */
export const BENCH_TODAY: IsoDate = '2026-11-23'

export const BENCH_SCALE: LedgerScale = { clients: 20_000, invoices: 200_000, disputes: 940, overpayments: 300 }

const BENCH_SEED = 424_242

const REPORTS = join(REPO_ROOT, 'reports')
const CACHE_PREFIX = 'bench-dossier-'

/** The sources the file's content depends on: the migrations and the generator. */
function sourceFiles(): string[] {
  const inFolder = (folder: string, suffix: string) =>
    readdirSync(join(REPO_ROOT, folder))
      .filter((name) => name.endsWith(suffix))
      .sort()
      .map((name) => join(folder, name))
  return [...inFolder('migrations', '.sql'), 'migrations/meta/_journal.json', ...inFolder('src-main/demo', '.ts'), 'bench/generate-dossier.ts']
}

/** A short hash of everything that shapes the dossier: a change to any of it builds a new file. */
export function benchDossierVersion(): string {
  const hash = createHash('sha256').update(JSON.stringify({ BENCH_TODAY, BENCH_SCALE, BENCH_SEED }))
  for (const file of sourceFiles()) hash.update(file).update(readFileSync(join(REPO_ROOT, file)))
  return hash.digest('hex').slice(0, 12)
}

function build(target: string): void {
  const folder = mkdtempSync(join(tmpdir(), 'encaisse-bench-'))
  try {
    const path = join(folder, 'bench.sqlite')
    const dossier = openDossier(path, { now: new Date(), migrationsFolder: join(REPO_ROOT, 'migrations'), create: true })
    try {
      writeDemo(dossier, generateDemo(BENCH_TODAY, BENCH_SCALE, BENCH_SEED), new Date().toISOString())
      // No ANALYZE: the app never runs it, so the planner here sees what it sees at a user's.
      dossier.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      dossier.close()
    }
    // Copied under a temporary name then renamed, so an interrupted run never leaves a half file in the cache.
    const partial = `${target}.partial`
    copyFileSync(path, partial)
    renameSync(partial, target)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** The path of the benchmark dossier, built on first use; older cached versions are removed. */
export function benchDossier(): string {
  const target = join(REPORTS, `${CACHE_PREFIX}${benchDossierVersion()}.sqlite`)
  if (existsSync(target)) return target
  mkdirSync(REPORTS, { recursive: true })
  // Older versions, with their -wal/-shm files and any backup folder a migration left beside them.
  for (const stale of readdirSync(REPORTS).filter((name) => name.startsWith(CACHE_PREFIX))) {
    rmSync(join(REPORTS, stale), { recursive: true, force: true })
  }
  const started = performance.now()
  process.stdout.write(`… building the benchmark dossier (${BENCH_SCALE.clients} clients, ${BENCH_SCALE.invoices} invoices)\n`)
  build(target)
  process.stdout.write(`  built ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  return target
}

if (require.main === module) console.log(benchDossier())
