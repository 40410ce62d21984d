import { contract, isChannelName } from '../src-shared/contract'
import { validationError } from '../src-shared/contract/validation'
import { DomainError, type Result } from '../src-shared/result'
import type { Ctx } from './context'
import { frenchSqliteError } from './data/sqlite-errors'
import { handlers } from './handlers'
import { describeError } from './log'

type AnyHandler = (ctx: Ctx, input: unknown) => unknown

const INTERNAL_MESSAGE =
  "Une erreur inattendue est survenue ; rien n'a été enregistré. Le détail est dans le journal de l'application."

/** A call the user waits longer for than this is logged, so a slow screen can be traced to its channel. */
export const SLOW_CALL_MS = 100

/**
 * The only way into the core: look the channel up, validate its input, call its
 * handler, and turn every outcome into a Result. Transports call nothing else.
 * Calls slower than `slowCallMs` are logged with their channel and duration.
 */
export async function dispatch(ctx: Ctx, name: string, input: unknown, slowCallMs = SLOW_CALL_MS): Promise<Result<unknown>> {
  const started = performance.now()
  const result = await answer(ctx, name, input)
  const ms = performance.now() - started
  if (ms > slowCallMs) ctx.log.warn('dispatch.slow', { channel: name, ms: Math.round(ms), ok: result.ok })
  return result
}

async function answer(ctx: Ctx, name: string, input: unknown): Promise<Result<unknown>> {
  if (!isChannelName(name)) {
    ctx.log.warn('dispatch.unknown_channel', { channel: name })
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Opération inconnue : « ${name} ».` } }
  }
  const parsed = contract[name].input.safeParse(input ?? {})
  if (!parsed.success) {
    const error = validationError(parsed.error.issues)
    ctx.log.info('dispatch.invalid_input', { channel: name, fields: error.details?.fields })
    return { ok: false, error }
  }
  try {
    const handler = handlers[name] as AnyHandler
    const data = await handler(ctx, parsed.data)
    return { ok: true, data }
  } catch (error) {
    if (error instanceof DomainError) {
      ctx.log.info('dispatch.refused', { channel: name, code: error.code, message: error.message })
      return { ok: false, error: { code: error.code, message: error.message, details: error.details } }
    }
    const translated = frenchSqliteError(error, ctx.dossier.path)
    if (translated) {
      ctx.log.info('dispatch.sqlite_refused', { channel: name, ...describeError(error) })
      return { ok: false, error: { code: translated.code, message: translated.message } }
    }
    ctx.log.error('dispatch.failed', { channel: name, ...describeError(error) })
    return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } }
  }
}
