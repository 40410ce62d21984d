import type { SendOutcome } from '../../src-shared/contract/mail'
import type { IsoDate } from '../../src-shared/dates'
import type { Db } from '../data/open-dossier'
import {
  abandonedMessages,
  claimMessage,
  dueMessages,
  messageAttempts,
  outgoingMessage,
  recordFailed,
  recordSent,
  recordWaiting,
} from '../data/queries/outbox'
import type { Dossier } from '../data/open-dossier'
import { inTransaction } from '../data/transaction'
import type { MailContext } from './mail-context'
import type { SmtpAccess } from './smtp-settings'
import { mailOptions, smtpTransport } from './smtp-transport'

/** Messages this process is sending now: any other `sending` message was left by a sender that stopped. */
const held = new Set<number>()

/** Errors raised before the server took the message: it was not sent, so it waits and is tried again. */
const NOT_DELIVERED = new Set(['ECONNECTION', 'ETIMEDOUT', 'EDNS', 'ECONNREFUSED', 'ESOCKET', 'EAUTH', 'ETLS'])

const INTERRUPTED =
  'Envoi interrompu avant d’être enregistré : le serveur a peut-être reçu ce message. Vérifiez vos messages envoyés ; ' +
  '« Renvoyer » le renverra avec le même identifiant.'

/** 1, 2, 4 … minutes after each failed attempt, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000
}

function describe(error: unknown): { delivered: 'no' | 'maybe'; message: string } {
  const { code, responseCode, message } = error as { code?: string; responseCode?: number; message?: string }
  if (responseCode !== undefined && responseCode >= 500) return { delivered: 'no', message: `Refusé par le serveur : ${message ?? responseCode}` }
  if (code && NOT_DELIVERED.has(code)) return { delivered: 'no', message: `Serveur injoignable : ${message ?? code}` }
  return { delivered: 'maybe', message: message ?? String(error) }
}

export async function sendDueMessages(
  dossier: Dossier,
  access: SmtpAccess,
  mail: MailContext,
  today: IsoDate,
  force: boolean,
): Promise<SendOutcome> {
  const db: Db = dossier.db
  inTransaction(dossier, () => {
    for (const id of abandonedMessages(db, held)) recordFailed(db, id, INTERRUPTED)
  })
  const transport = smtpTransport(access)
  const outcome: SendOutcome = { sent: 0, waiting: 0, failed: 0 }
  const due = dueMessages(db, mail.now().toISOString(), force)
  try {
    for (const id of due) {
      if (!inTransaction(dossier, () => claimMessage(db, id))) continue
      held.add(id)
      try {
        const message = outgoingMessage(db, id)!
        const info = (await transport.sendMail(mailOptions(access, message, mail.now()))) as { response?: string }
        inTransaction(dossier, () => recordSent(db, id, mail.now().toISOString(), info.response ?? '', today))
        outcome.sent++
      } catch (error) {
        const { delivered, message } = describe(error)
        if (delivered === 'no' && !message.startsWith('Refusé')) {
          recordWaiting(db, id, message, new Date(mail.now().getTime() + retryDelayMs(messageAttempts(db, id))).toISOString())
          // The server does not answer: the next messages would only wait for it too.
          break
        } else {
          recordFailed(db, id, message)
          outcome.failed++
        }
      } finally {
        held.delete(id)
      }
    }
  } finally {
    transport.close()
  }
  outcome.waiting = due.length - outcome.sent - outcome.failed
  return outcome
}
