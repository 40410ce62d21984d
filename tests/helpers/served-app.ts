import { join } from 'node:path'
import { startLoopbackHost, type LoopbackHost } from '../../src-main/host/server'
import { REPO_ROOT } from './test-core'
import { startThreadCore, type ThreadCore } from './thread-core'
import type { IsoDate } from '../../src-shared/dates'

export interface ServedApp {
  core: ThreadCore
  host: LoopbackHost
  close(): Promise<void>
}

/**
 * A fresh dossier (or the one given) served as `npm run serve` serves it: the core in its
 * worker thread, the loopback host relaying calls to it, over the built renderer (npm run
 * build first). `outboxEveryMs`: the core sends its outbox by itself this often, as the
 * host does every minute.
 */
export async function serveApp(options: { dossierPath?: string; today?: IsoDate; outboxEveryMs?: number } = {}): Promise<ServedApp> {
  const core = await startThreadCore(options)
  const host = await startLoopbackHost(join(REPO_ROOT, 'out', 'renderer'), core.call)
  return {
    core,
    host,
    async close() {
      await host.close()
      await core.dispose()
    },
  }
}
