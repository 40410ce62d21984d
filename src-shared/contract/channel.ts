import type { z } from 'zod'

/**
 * One channel of the contract: its runtime input schema and, as a type only, its output.
 * Both sides derive their types from this single declaration.
 */
export interface ChannelSpec<I extends z.ZodType, O> {
  input: I
  /** Phantom: never set at run time, carries the output type. */
  readonly output?: O
}

/** `defineChannel<Output>()(inputSchema)`: the output type is given, the input inferred. */
export function defineChannel<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input })
}
