import { eq, sql } from 'drizzle-orm'
import type { promisesChannels } from '../../src-shared/contract/promises'
import { formatFrenchDate, type IsoDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { fieldError } from '../../src-shared/result'
import type { Ctx } from '../context'
import { recordActivity } from '../data/queries/activities'
import { dunningSettingsOf } from '../data/queries/dunning-settings'
import { promisesWithPayments } from '../data/queries/dunning-state'
import { clients, invoices, promiseInvoices, promises } from '../data/schema'
import { inTransaction } from '../data/transaction'
import { promiseOutcome } from '../domain/dunning'
import type { HandlersOf } from './handler'

export interface NewPromise {
  clientId: number
  amountCents: number
  promisedDate: IsoDate
  invoiceIds: number[]
  note?: string | undefined
}

/**
 * Records a promise to pay and its line in the client's timeline, inside the caller's
 * transaction (a call's outcome, or a promise noted by hand). Reminders wait for it.
 */
export function createPromise(ctx: Ctx, promise: NewPromise): { id: number } {
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
  recordActivity(ctx.db, {
    clientId: promise.clientId,
    kind: 'promise',
    occurredOn: today,
    body: `Promesse de règlement : ${formatEuros(promise.amountCents)} pour le ${formatFrenchDate(promise.promisedDate)}${covering}${promise.note ? ` : ${promise.note}` : ''}.`,
  })
  return { id }
}

export const promiseHandlers = {
  'promises.list': (ctx, input) => {
    const today = ctx.today()
    const { promiseGraceDays } = dunningSettingsOf(ctx.db)
    return promisesWithPayments(ctx.db, today, promiseGraceDays, sql`p.client_id = ${input.clientId}`)
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

  'promises.create': (ctx, input) => inTransaction(ctx.dossier, () => createPromise(ctx, input)),
} satisfies HandlersOf<typeof promisesChannels>
