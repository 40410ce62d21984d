// The core's thread: the dossier's connection, dispatch and every handler run here, so the
// thread that relays calls (Electron's main thread, the loopback host) never waits on SQLite.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { startCore, type Core, type CoreOptions } from '../core'
import type { CoreReply, CoreRequest } from './core-messages'

function serve(port: MessagePort, options: CoreOptions): void {
  const reply = (message: CoreReply) => port.postMessage(message)
  let core: Core
  try {
    core = startCore(options)
  } catch (error) {
    reply({ type: 'startFailed', message: error instanceof Error ? error.message : String(error) })
    return
  }
  reply({ type: 'ready', paths: core.paths, appRoot: core.appRoot })
  port.on('message', (request: CoreRequest) => {
    if (request.type === 'close') {
      core.close()
      reply({ type: 'closed' })
      port.close()
      return
    }
    void core.callByName(request.channel, request.input).then((result) => reply({ type: 'result', id: request.id, result }))
  })
}

if (parentPort) serve(parentPort, workerData as CoreOptions)
