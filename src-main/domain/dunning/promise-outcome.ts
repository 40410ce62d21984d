import { addDays, type IsoDate } from '../../../src-shared/dates'
import type { OpenPromise, PromiseOutcome } from './types'

/**
 * A promise is kept once the client's payments since it was made cover its amount, broken
 * when its date plus the grace period has passed without that, pending meanwhile. The grace
 * days allow for a transfer that left on the promised day and reached the bank later.
 */
export function promiseOutcome(promise: Pick<OpenPromise, 'promisedDate' | 'amountCents' | 'paidCents'>, asOf: IsoDate, graceDays: number): PromiseOutcome {
  if (promise.paidCents >= promise.amountCents) return 'kept'
  return asOf > addDays(promise.promisedDate, graceDays) ? 'broken' : 'pending'
}
