import { randomUUID } from 'node:crypto'
import type { Db, Dossier } from '../data/open-dossier'
import { actionToRender } from '../data/queries/letter-actions'
import { enqueueEmail, validatedEmailActions } from '../data/queries/outbox'
import { inTransaction } from '../data/transaction'
import { composeLetter, printedDocument } from '../documents/letters/compose-letter'
import { letterFileName } from '../documents/letters/letter-file-name'
import { letterText } from '../documents/letters/letter-text'
import type { IsoDate } from '../../src-shared/dates'
import { storedSmtp } from './smtp-settings'

export interface EnqueueOutcome {
  queued: number
  refused: Array<{ actionId: number; clientName: string; message: string }>
}

/**
 * Each validated e-mail action becomes one outbox message: its template filled on the
 * day, the letter of the same step attached as PDF, and a Message-ID fixed now, which
 * every later attempt (and the .eml export) reuses, so the message is one message.
 */
export async function enqueueValidatedEmails(dossier: Dossier, today: IsoDate): Promise<EnqueueOutcome> {
  const db: Db = dossier.db
  const domain = storedSmtp(db)?.senderAddress.split('@')[1] ?? 'encaisse.invalid'
  const outcome: EnqueueOutcome = { queued: 0, refused: [] }
  for (const actionId of validatedEmailActions(db)) {
    const action = actionToRender(db, actionId)!
    const refuse = (message: string) => outcome.refused.push({ actionId, clientName: action.clientName, message })
    if (!action.template) {
      refuse('Aucun modèle d’e-mail n’est choisi pour cette action.')
      continue
    }
    const plan = action.instalmentId === null ? undefined : { instalmentId: action.instalmentId }
    const composition = composeLetter(db, { clientId: action.clientId, template: { ...action.template, channel: 'email' }, asOf: today, invoiceIds: action.invoiceIds, ...(plan ? { plan } : {}) })
    if (!composition.ok) {
      refuse(composition.problems.map((problem) => problem.message).join(' '))
      continue
    }
    const { composed } = composition
    const attachment = await printedDocument(db, composed, action.invoiceIds, plan)
    if (!attachment.ok) {
      refuse(attachment.problems.map((problem) => problem.message).join(' '))
      continue
    }
    inTransaction(dossier, () =>
      enqueueEmail(db, {
        actionId,
        messageId: `<${randomUUID()}@${domain}>`,
        to: composed.data.client.email!,
        cc: null,
        subject: composed.letter.subject,
        body: letterText(composed.letter, composed.data),
        attachment: { fileName: letterFileName(today, composed.template.code.replace(/^email-/, ''), composed.data.client), content: attachment.pdf },
      }),
    )
    outcome.queued++
  }
  return outcome
}
