import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCore } from '../src-main/core'
import { BENCH_SCALE, BENCH_TODAY, benchDossier, REPO_ROOT } from './generate-dossier'
import { medianCallMs } from './median-call'
import type { Benchmark } from './types'

/**
 * The Échéanciers page on the benchmark dossier with 2,000 plans: every plan judged on the
 * day (the client's payments applied to its instalments, completed or broken derived), its
 * next instalment and late ones. Issue 13's budget: under 500 ms. The plans are made and
 * accepted through the channels a user's clicks call, on a copy of the benchmark dossier.
 */

const PLANS = 2_000
const CALLS = 5

async function dossierWithPlans(folder: string): Promise<string> {
  const path = join(folder, 'plans.sqlite')
  copyFileSync(benchDossier(), path)
  const core = startCore({ appRoot: REPO_ROOT, dossierPath: path, userData: join(folder, 'user'), today: BENCH_TODAY })
  try {
    const clients = await core.call('clients.list', { overdueOnly: true, limit: 3 * PLANS })
    if (!clients.ok) throw new Error(clients.error.message)
    let made = 0
    for (const client of clients.data) {
      if (made === PLANS) break
      const created = await core.call('plans.create', { clientId: client.id, instalmentCount: 2 + (client.id % 10), firstDate: '2026-10-15', asOf: '2026-10-01' })
      // A client whose overdue invoices are all in dispute has nothing to spread: the next one.
      if (!created.ok) continue
      made += 1
      if (made % 10 !== 0) await core.call('plans.accept', { planId: created.data.id, acceptedOn: '2026-10-01' })
    }
    if (made < PLANS) throw new Error(`only ${made} plans could be made`)
  } finally {
    core.close()
  }
  return path
}

export const benchmarks: Benchmark[] = [
  {
    name: `plans.list: ${PLANS.toLocaleString('en-US')} plans among ${BENCH_SCALE.clients.toLocaleString('en-US')} clients`,
    unit: 's',
    budget: 0.5,
    run: async () => {
      const folder = mkdtempSync(join(tmpdir(), 'encaisse-bench-plans-'))
      try {
        return (await medianCallMs('plans.list', {}, CALLS, await dossierWithPlans(folder))) / 1000
      } finally {
        rmSync(folder, { recursive: true, force: true })
      }
    },
  },
]
