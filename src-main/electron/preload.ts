import { contextBridge, ipcRenderer } from 'electron'
import { IPC_PREFIX } from './ipc-prefix'

/** The contract's channel names, written in at build time (electron.vite.config.mts). */
declare const ENCAISSE_CHANNEL_NAMES: readonly string[]
const channels = new Set(ENCAISSE_CHANNEL_NAMES)

// Sandboxed preload (CommonJS bundle): the page gets exactly one function, which
// refuses any name outside the contract before anything reaches the main process.
contextBridge.exposeInMainWorld('api', {
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !channels.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Opération inconnue : « ${String(channel)} ».` } })
    }
    return ipcRenderer.invoke(`${IPC_PREFIX}${channel}`, input)
  },
})
