import type { Worker } from 'node:worker_threads'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-shared/contract'
import type { Result } from '../../src-shared/result'
import type { AppPaths } from '../app-paths'
import type { CoreOptions } from '../core'
import type { CoreReply, CoreRequest } from './core-messages'
import { spawnWorker } from './spawn-worker'

/** The core as Electron's main thread and the loopback host see it: calls relayed to its thread. */
export interface CoreThread {
  paths: AppPaths
  appRoot: string
  call(channel: string, input: unknown): Promise<Result<unknown>>
  /** Closes the dossier (stopping a running job) and ends the thread. */
  close(): Promise<void>
}

const STOPPED: Result<unknown> = {
  ok: false,
  error: { code: 'INTERNAL', message: "Le cœur de l'application s'est arrêté : fermez Encaisse et relancez-le. Le détail est dans le journal." },
}

/**
 * Starts the core in a worker thread and resolves once its dossier is open (migrated,
 * backed up), or rejects with the reason it could not start, in French.
 */
export function startCoreThread(options: CoreOptions): Promise<CoreThread> {
  const thread = spawnWorker('core-worker', options)
  const pending = new Map<number, (result: Result<unknown>) => void>()
  let nextId = 0
  let alive = true
  let closed: (() => void) | null = null
  const send = (request: CoreRequest) => thread.postMessage(request)
  const stop = () => {
    alive = false
    for (const answer of pending.values()) answer(STOPPED)
    pending.clear()
  }

  return new Promise((resolve, reject) => {
    thread.on('message', (reply: CoreReply) => {
      if (reply.type === 'ready') resolve(client(thread, reply.paths, reply.appRoot))
      else if (reply.type === 'startFailed') {
        reject(new Error(reply.message))
        void thread.terminate()
      } else if (reply.type === 'result') {
        pending.get(reply.id)?.(reply.result)
        pending.delete(reply.id)
      } else closed?.()
    })
    thread.on('error', (error) => {
      stop()
      reject(error)
    })
    thread.on('exit', () => {
      stop()
      closed?.()
      reject(new Error("Le cœur de l'application s'est arrêté au démarrage."))
    })
  })

  function client(worker: Worker, paths: AppPaths, appRoot: string): CoreThread {
    return {
      paths,
      appRoot,
      call(channel, input) {
        if (!alive) return Promise.resolve(STOPPED)
        const id = nextId++
        return new Promise((answer) => {
          pending.set(id, answer)
          send({ type: 'call', id, channel, input })
        })
      },
      close() {
        if (!alive) return Promise.resolve()
        return new Promise((done) => {
          closed = () => {
            closed = null
            alive = false
            void worker.terminate().then(() => done())
          }
          send({ type: 'close' })
        })
      },
    }
  }
}

/** A call with the contract's types, for the shell's own calls (menu, title). */
export function callChannel<N extends ChannelName>(core: Pick<CoreThread, 'call'>, channel: N, input: ChannelInput<N>): Promise<Result<ChannelOutput<N>>> {
  return core.call(channel, input) as Promise<Result<ChannelOutput<N>>>
}
