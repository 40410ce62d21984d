import type { IsoDate } from '../../src-shared/dates'
import { DomainError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { recordActivity, type TimelineEntry } from '../data/queries/activities'
import { inTransaction } from '../data/transaction'

/** What a write channel's handler receives: its call's context, with the client's timeline. */
export interface MutationCtx extends Ctx {
  /** Adds a line to a client's timeline within this write, dated today unless `occurredOn` says otherwise; returns its id. */
  timeline(entry: TimelineEntry & { occurredOn?: IsoDate }): number
}

/**
 * Declares a write channel's handler once, as Actual Budget's `mutator(undoable(fn))` does:
 * it runs as one transaction (all of it is written or none of it), reads the clock once so
 * that everything it writes carries the same date and instant, and records its timeline
 * entries in that same transaction.
 */
export function mutation<I, O>(write: (ctx: MutationCtx, input: I) => O): (ctx: Ctx, input: I) => O {
  return (ctx, input) => {
    if (ctx.dossier.readOnly) throw readOnlyRefusal(ctx.dossier.path)
    return inTransaction(ctx.dossier, () => {
      const today = ctx.today()
      const at = ctx.now()
      const timeline: MutationCtx['timeline'] = (entry) =>
        recordActivity(ctx.db, { ...entry, occurredOn: entry.occurredOn ?? today, at })
      return write({ ...ctx, today: () => today, now: () => at, timeline }, input)
    })
  }
}

/** The refusal of any write on a dossier opened read-only (a file this user may not change). */
export function readOnlyRefusal(path: string): DomainError {
  return new DomainError('CONFLICT', `Le dossier « ${path} » est ouvert en lecture seule : rien n’a été modifié.`)
}
