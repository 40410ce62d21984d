import { ipcMain } from 'electron'
import { CHANNEL_NAMES } from '../../src-shared/contract'
import type { Logger } from '../log'
import type { CoreThread } from '../worker/core-thread'
import { isTrustedCaller } from './app-address'
import { IPC_PREFIX } from './ipc-prefix'

/**
 * One ipcMain.handle per channel of the contract, relayed to the core's thread: the main
 * thread checks who calls, and never runs a handler itself.
 */
export function registerIpc(core: CoreThread, log: Logger): void {
  const devServer = process.env.ELECTRON_RENDERER_URL
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${name}`, (event, input: unknown) => {
      const frame = event.senderFrame
      const caller = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null
      if (!isTrustedCaller(caller, devServer)) {
        log.warn('ipc.refused_sender', { channel: name, url: frame?.url })
        return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Appel refusé.' } }
      }
      return core.call(name, input)
    })
  }
}
