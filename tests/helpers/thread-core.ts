import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-shared/contract'
import type { IsoDate } from '../../src-shared/dates'
import { startCoreThread, type CoreThread } from '../../src-main/worker/core-thread'
import { REPO_ROOT } from './test-core'

/** The core in its worker thread, as the window and the host reach it, on a fresh dossier. */
export interface ThreadCore extends CoreThread {
  folder: string
  dossierPath: string
  /** Calls a channel and returns its data, failing the test with the error otherwise. */
  ok<N extends ChannelName>(channel: N, input: ChannelInput<N>): Promise<ChannelOutput<N>>
  /** Row count of a table, read from the SQLite file on a connection of the test's own. */
  count(table: string): number
  /** Closes the core and removes its folder. */
  dispose(): Promise<void>
}

export async function startThreadCore(options: { today?: IsoDate; dossierPath?: string; outboxEveryMs?: number } = {}): Promise<ThreadCore> {
  const folder = mkdtempSync(join(tmpdir(), 'encaisse-thread-'))
  const dossierPath = options.dossierPath ?? join(folder, 'dossier.sqlite')
  const thread = await startCoreThread({ dossierPath, createIfMissing: true, userData: join(folder, 'user-data'), appRoot: REPO_ROOT, today: options.today ?? '2026-11-23', ...(options.outboxEveryMs ? { outboxEveryMs: options.outboxEveryMs } : {}) })
  return {
    ...thread,
    folder,
    dossierPath,
    async ok(channel, input) {
      const result = await thread.call(channel, input)
      if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`)
      return result.data as never
    },
    count(table) {
      const sqlite = new Database(dossierPath, { readonly: true })
      try {
        return (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n
      } finally {
        sqlite.close()
      }
    },
    async dispose() {
      await thread.close()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
