import { eq } from 'drizzle-orm'
import type { promisesChannels } from '../../src-shared/contract/promises'
import { formatFrenchDate, type IsoDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { fieldError } from '../../src-shared/result'
import { dunningSettingsOf } from '../data/queries/dunning-settings'
import { clientPromises } from '../data/queries/dunning-state'
import { clients, invoices, promiseInvoices, promises } from '../data/schema'
import { promiseOutcome } from '../domain/dunning'
import type { HandlersOf } from './handler'
import { mutation, type MutationCtx } from './mutation'

export interface NewPromise {
  clientId: number
  amountCents: number
  promisedDate: IsoDate
  invoiceIds: number[]
  note?: string | undefined
}

/**
 * Records a promise to pay and its line in the client's timeline, inside the caller's
 * mutation (a call's outcome, or a promise noted by hand). Reminders wait for it.
 */
export function createPromise(ctx: MutationCtx, promise: NewPromise): { id: number } {
  const today = ctx.today()
  if (promise.promisedDate < today) throw fieldError('VALIDATION', 'promisedDate', 'La date promise ne peut être passée.')
  if (!ctx.db.select({ id: clients.id }).from(clients).where(eq(clients.id, promise.clientId)).get()) {
    throw fieldError('NOT_FOUND', 'clientId', "Ce client n'existe pas (ou plus).")
  }
  const numbers = promise.invoiceIds.map((invoiceId) => {
    const invoice = ctx.db.select({ clientId: invoices.clientId, number: invoices.number }).from(invoices).where(eq(invoices.id, invoiceId)).get()
    if (!invoice || invoice.clientId !== promise.clientId) throw fieldError('VALIDATION', 'invoiceIds', 'Une des factures choisies n’est pas à ce client.')
    return invoice.number
  })
  const { id } = ctx.db
    .insert(promises)
    .values({ clientId: promise.clientId, madeOn: today, promisedDate: promise.promisedDate, amountCents: promise.amountCents, note: promise.note ?? null })
    .returning({ id: promises.id })
    .get()
  if (promise.invoiceIds.length > 0) ctx.db.insert(promiseInvoices).values(promise.invoiceIds.map((invoiceId) => ({ promiseId: id, invoiceId }))).run()
  const covering = numbers.length > 0 ? ` (factures ${numbers.join(', ')})` : ''
  ctx.timeline({
    clientId: promise.clientId,
    kind: 'promise',
    body: `Promesse de règlement : ${formatEuros(promise.amountCents)} pour le ${formatFrenchDate(promise.promisedDate)}${covering}${promise.note ? ` : ${promise.note}` : ''}.`,
  })
  return { id }
}

export const promiseHandlers = {
  'promises.list': (ctx, input) => {
    const today = ctx.today()
    const { promiseGraceDays } = dunningSettingsOf(ctx.db)
    return clientPromises(ctx.db, input.clientId, today, promiseGraceDays)
      .reverse()
      .map((row) => ({
        id: row.id,
        madeOn: row.madeOn,
        promisedDate: row.promisedDate,
        amountCents: row.amountCents,
        // A pending promise is judged on the day: kept once paid, broken once its grace days are over.
        status: row.status === 'pending' ? promiseOutcome(row, today, promiseGraceDays) : row.status,
        invoiceNumbers: row.invoiceNumbers,
        note: row.note,
      }))
  },

  'promises.create': mutation(createPromise),
} satisfies HandlersOf<typeof promisesChannels>
