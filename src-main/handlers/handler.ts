import type { z } from 'zod'
import type { ChannelSpec } from '../../src-shared/contract/channel'
import type { Ctx } from '../context'

/** A handler of a channel spec: validated input in, the declared output out. */
export type HandlerFor<S> =
  S extends ChannelSpec<infer I extends z.ZodType, infer O> ? (ctx: Ctx, input: z.output<I>) => O | Promise<O> : never

/** The handlers of a group of channels, one per name: `satisfies HandlersOf<typeof xChannels>`. */
export type HandlersOf<Channels> = { [N in keyof Channels]: HandlerFor<Channels[N]> }
