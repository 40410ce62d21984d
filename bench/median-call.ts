import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChannelInput, ChannelName } from '../src-shared/contract'
import { startCore } from '../src-main/core'
import { BENCH_TODAY, benchDossier, REPO_ROOT } from './generate-dossier'

const WARM_UP = 2

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/**
 * The time a user waits for one channel on the benchmark dossier: measured through
 * dispatch (validation, SQL, mapping) as the median of `calls` calls after a warm-up,
 * so that one slow call on a busy machine does not decide. `dossierPath`: a copy a
 * benchmark filled further (the benchmark dossier itself by default).
 */
export async function medianCallMs<N extends ChannelName>(channel: N, input: ChannelInput<N>, calls: number, dossierPath = benchDossier()): Promise<number> {
  const userData = mkdtempSync(join(tmpdir(), 'encaisse-bench-user-'))
  const core = startCore({ appRoot: REPO_ROOT, dossierPath, userData, today: BENCH_TODAY })
  try {
    const timings: number[] = []
    for (let i = 0; i < WARM_UP + calls; i++) {
      const started = performance.now()
      const result = await core.call(channel, input)
      const elapsed = performance.now() - started
      if (!result.ok) throw new Error(`${channel} refused ${JSON.stringify(input)}: ${result.error.message}`)
      if (i >= WARM_UP) timings.push(elapsed)
    }
    return median(timings)
  } finally {
    core.close()
    rmSync(userData, { recursive: true, force: true })
  }
}
