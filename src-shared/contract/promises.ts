import { z } from 'zod'
import type { IsoDate } from '../dates'
import { defineChannel } from './channel'
import { entityId, isoDate, optionalText, positiveCents } from './fields'

export const PROMISE_STATUSES = ['pending', 'kept', 'broken', 'cancelled'] as const
export type PromiseStatus = (typeof PROMISE_STATUSES)[number]

/** A promise to pay (promesse de règlement) as the client file shows it; kept or broken is judged on the day. */
export interface PromiseView {
  id: number
  madeOn: IsoDate
  promisedDate: IsoDate
  amountCents: number
  status: PromiseStatus
  invoiceNumbers: string[]
  note: string | null
}

/** What a promise is: how much, by when, for which invoices (none listed: all of the client's). */
export const promiseFields = z.object({
  amountCents: positiveCents('Le montant promis'),
  promisedDate: isoDate('La date promise'),
  invoiceIds: z.array(entityId).max(1000).default([]),
  note: optionalText('La note', 1000),
})

export const promisesChannels = {
  'promises.list': defineChannel<PromiseView[]>()(z.object({ clientId: entityId })),
  /** A promise noted by hand: reminders wait for it until its date plus the grace days. */
  'promises.create': defineChannel<{ id: number }>()(promiseFields.extend({ clientId: entityId })),
}
