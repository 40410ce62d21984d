import { z } from 'zod'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'

/**
 * Penalty statements for cases written in the documented JSON format (see
 * src-main/cli/penalty-cases.ts): used by `encaisse penalties` and by other tools.
 */
export interface PenaltyCaseError {
  /** The case's id when it has a usable one. */
  id: string | null
  /** Position in the array (0-based); null when the input is not an array. */
  index: number | null
  field: string
  message: string
}

export interface PenaltyCaseResult {
  id: string
  interest: string
  indemnity: string
  total: string
  periods: Array<{ from: IsoDate; to: IsoDate; days: number; base: string; ratePct: string; amount: string }>
  warnings: string[]
  flags: string[]
}

export type PenaltyCaseOutcome = { ok: true; result: PenaltyCaseResult } | { ok: false; error: PenaltyCaseError }


export const penaltiesChannels = {
  /** Each case is validated and computed on its own with the dossier's rate table. */
  'penalties.compute': defineChannel<PenaltyCaseOutcome[]>()(z.object({ cases: z.unknown() })),
}
