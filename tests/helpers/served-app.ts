import { join } from 'node:path'
import type { IsoDate } from '../../src-shared/dates'
import { startLoopbackHost, type LoopbackHost } from '../../src-main/host/server'
import { REPO_ROOT } from './test-core'
import { startThreadCore, type ThreadCore } from './thread-core'

export interface ServedApp {
  core: ThreadCore
  host: LoopbackHost
  close(): Promise<void>
}

/**
 * A fresh dossier served as `npm run serve` serves it: the core in its worker thread, the
 * loopback host relaying calls to it, over the built renderer (npm run build first).
 * `today` and `dossierPath` serve a given dossier on another day (a test moving the date
 * serves the same file again; a dossier outside the app's folder outlives its closing).
 */
export async function serveApp(options: { today?: IsoDate; dossierPath?: string } = {}): Promise<ServedApp> {
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
