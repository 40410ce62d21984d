import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChannelInput, ChannelName, ChannelOutput } from '../src-shared/contract'
import type { AppError, Result } from '../src-shared/result'
import { invoke } from './api'
import { checkDraft, type Draft } from './check-draft'

export interface Query<N extends ChannelName> {
  /** The latest answer; undefined until the first one. */
  data: ChannelOutput<N> | undefined
  /** The refusal of the latest call, shown as is (French); null when it answered. */
  error: AppError | null
  loading: boolean
  /** Whether `data` answers the current input; false while a new input's answer is awaited (`data` is then the previous one's). */
  fresh: boolean
  /** Asks again, e.g. after a write that changes the answer. */
  reload(): void
}

/**
 * Reads a channel, and again whenever its input or `version` changes (the input compared
 * as JSON; a caller bumps `version` after a change made elsewhere). A null input makes no
 * call (a date still being typed, say). Only the latest call's answer is kept: a slow
 * earlier answer arriving last cannot overwrite it.
 */
export function useQuery<N extends ChannelName>(channel: N, input: ChannelInput<N> | null, version = 0): Query<N> {
  const [state, setState] = useState<{ data: ChannelOutput<N> | undefined; error: AppError | null; loading: boolean; answered: string | null }>({
    data: undefined,
    error: null,
    loading: true,
    answered: null,
  })
  const [round, setRound] = useState(0)
  // The input is read through its JSON, so that a new object of the same value does not call again.
  const key = input === null ? null : JSON.stringify(input)
  const latest = useRef(0)

  useEffect(() => {
    const call = ++latest.current
    if (key === null) return
    setState((previous) => ({ ...previous, loading: true }))
    void invoke(channel, JSON.parse(key) as ChannelInput<N>).then((result) => {
      if (call !== latest.current) return
      setState((previous) =>
        result.ok
          ? { data: result.data, error: null, loading: false, answered: key }
          : { data: previous.data, error: result.error, loading: false, answered: previous.answered },
      )
    })
  }, [channel, key, round, version])

  const reload = useCallback(() => setRound((n) => n + 1), [])
  const { answered, ...shown } = state
  return { ...shown, fresh: key !== null && answered === key, reload }
}

export interface Mutation<N extends ChannelName> {
  /** Calls the channel; the Result is returned for what follows a success. */
  run(input: ChannelInput<N>): Promise<Result<ChannelOutput<N>>>
  /**
   * For a form whose fields may still be empty: checked with the channel's own schema
   * first; refused there, nothing is sent and the contract's messages are the error.
   */
  runDraft(draft: Draft<ChannelInput<N>>): Promise<Result<ChannelOutput<N>>>
  pending: boolean
  /** The refusal of the last call; null after a success or before any call. */
  error: AppError | null
  /** Field path → French message of the last refusal, for the form's fields. */
  fieldErrors: Record<string, string>
}

/**
 * Calls a channel on demand — a write, or a file made at a click — one call at a time,
 * its refusal kept for the form to show.
 */
export function useMutation<N extends ChannelName>(channel: N): Mutation<N> {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const run = useCallback(
    async (input: ChannelInput<N>) => {
      setPending(true)
      try {
        const result = await invoke(channel, input)
        setError(result.ok ? null : result.error)
        return result
      } finally {
        setPending(false)
      }
    },
    [channel],
  )
  const runDraft = useCallback(
    async (draft: Draft<ChannelInput<N>>): Promise<Result<ChannelOutput<N>>> => {
      const checked = checkDraft(channel, draft)
      if (checked.ok) return run(checked.data)
      setError(checked.error)
      return checked
    },
    [channel, run],
  )
  return { run, runDraft, pending, error, fieldErrors: error?.details?.fields ?? {} }
}
