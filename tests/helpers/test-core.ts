import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-shared/contract'
import type { IsoDate } from '../../src-shared/dates'
import type { AppError } from '../../src-shared/result'
import { startCore, type Core } from '../../src-main/core'

export const REPO_ROOT = resolve(__dirname, '..', '..')

export interface TestCore extends Core {
  folder: string
  /** Calls a channel and returns its data, failing the test with the error otherwise. */
  ok<N extends ChannelName>(channel: N, input: ChannelInput<N>): Promise<ChannelOutput<N>>
  /** Calls a channel that must be refused and returns the error. */
  refused<N extends ChannelName>(channel: N, input: unknown): Promise<AppError>
  /** Row count of a table, read straight from the SQLite file. */
  count(table: string): number
  dispose(): void
}

/** A real dossier file in a fresh temporary folder, built by the real migrations. */
export function createTestCore(options: { today?: IsoDate; outboxEveryMs?: number } = {}): TestCore {
  const folder = mkdtempSync(join(tmpdir(), 'encaisse-test-'))
  const core = startCore({
    dossierPath: join(folder, 'dossier.sqlite'),
    createIfMissing: true,
    userData: join(folder, 'user-data'),
    appRoot: REPO_ROOT,
    today: options.today ?? '2026-11-23',
    ...(options.outboxEveryMs ? { outboxEveryMs: options.outboxEveryMs } : {}),
  })
  return {
    ...core,
    folder,
    async ok(channel, input) {
      const result = await core.call(channel, input)
      if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`)
      return result.data as never
    },
    async refused(channel, input) {
      const result = await core.callByName(channel, input)
      if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`)
      return result.error
    },
    count(table) {
      return (core.session.current.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n
    },
    dispose() {
      core.close()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
