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

/** Every group's channels in one object: what the object spread `{ ...a, ...b }` would give, typed. */
type Joined<G extends readonly object[]> = G extends readonly [infer First, ...infer Rest extends readonly object[]]
  ? First & Joined<Rest>
  : unknown

/**
 * Joins the channel groups of each area into one table, refusing a name two groups
 * declare: an object spread would silently keep the last one, and a call would reach
 * another area's handler. Runs when the module loads, so the app fails at start.
 */
export function joinChannelGroups<G extends readonly object[]>(...groups: G): Joined<G> {
  const joined: Record<string, unknown> = {}
  for (const group of groups) {
    for (const [name, value] of Object.entries(group)) {
      if (Object.prototype.hasOwnProperty.call(joined, name)) throw new Error(`channel « ${name} » is declared twice`)
      joined[name] = value
    }
  }
  return joined as Joined<G>
}
