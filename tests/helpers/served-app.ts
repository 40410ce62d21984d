import { join } from 'node:path'
import { startLoopbackHost, type LoopbackHost } from '../../src-main/host/server'
import { createTestCore, REPO_ROOT, type TestCore } from './test-core'

export interface ServedApp {
  core: TestCore
  host: LoopbackHost
  close(): Promise<void>
}

/** A fresh dossier served by the real loopback host over the built renderer (npm run build first). */
export async function serveApp(): Promise<ServedApp> {
  const core = createTestCore()
  const host = await startLoopbackHost(join(REPO_ROOT, 'out', 'renderer'), core.callByName)
  return {
    core,
    host,
    async close() {
      await host.close()
      core.dispose()
    },
  }
}
