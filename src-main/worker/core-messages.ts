import type { Result } from '../../src-shared/result'
import type { AppPaths } from '../app-paths'

/** From the thread relaying calls (Electron's main thread, the loopback host) to the core's thread. */
export type CoreRequest = { type: 'call'; id: number; channel: string; input: unknown } | { type: 'close' }

/** From the core's thread back. */
export type CoreReply =
  | { type: 'ready'; paths: AppPaths; appRoot: string }
  | { type: 'startFailed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'closed' }
