import { contextBridge, ipcRenderer } from 'electron'
import { isChannelName } from '../../src-shared/contract'
import { IPC_PREFIX } from './ipc-prefix'

// Sandboxed preload (CommonJS bundle): the page gets exactly one function, which
// refuses any name outside the contract before anything reaches the main process.
contextBridge.exposeInMainWorld('api', {
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Opération inconnue : « ${String(channel)} ».` } })
    }
    return ipcRenderer.invoke(`${IPC_PREFIX}${channel}`, input)
  },
})
