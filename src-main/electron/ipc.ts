import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNEL_NAMES } from '../../src-shared/contract'
import type { Core } from '../core'
import { IPC_PREFIX } from './ipc-prefix'
import { rendererUrl } from './window'


/** Only our own page may call the core; any other frame (there should be none) is refused. */
function fromOurRenderer(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? ''
  return url.split('#')[0] === rendererUrl().split('#')[0]
}

/** One ipcMain.handle per channel of the contract, each going through dispatch. */
export function registerIpc(core: Core): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${name}`, (event, input: unknown) => {
      if (!fromOurRenderer(event)) {
        core.log.warn('ipc.refused_sender', { channel: name, url: event.senderFrame?.url })
        return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Appel refusé.' } }
      }
      return core.callByName(name, input)
    })
  }
}
