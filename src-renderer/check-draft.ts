import { contract, type ChannelInput, type ChannelName } from '../src-shared/contract'
import { validationError } from '../src-shared/contract/validation'
import type { Result } from '../src-shared/result'

/** A form's values before they are whole: any field may still be missing (an amount left empty). */
export type Draft<T> = T extends readonly (infer Item)[] ? Draft<Item>[] : T extends object ? { [K in keyof T]?: Draft<T[K]> } : T | undefined

/**
 * Checks a form's draft with the channel's own schema before calling: what it refuses is
 * refused here, with the contract's French messages and field paths, exactly as the core
 * would answer (the same schema and the same `validationError`), and nothing is sent.
 */
export function checkDraft<N extends ChannelName>(channel: N, draft: Draft<ChannelInput<N>>): Result<ChannelInput<N>> {
  const parsed = contract[channel].input.safeParse(draft)
  if (!parsed.success) return { ok: false, error: validationError(parsed.error.issues) }
  // What the schema gives back is a valid input of the same schema: parsing it again gives it back unchanged.
  return { ok: true, data: parsed.data as ChannelInput<N> }
}
