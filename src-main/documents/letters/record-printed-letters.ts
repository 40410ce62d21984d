import type { IsoDate } from '../../../src-shared/dates'
import { DomainError } from '../../../src-shared/result'
import { markLetterPrinted } from '../../data/queries/letter-actions'
import type { Dossier } from '../../data/open-dossier'
import { inTransaction } from '../../data/transaction'
import { actionLetterPdf, type RefusedLetter } from './letter-batch'

export interface RecordedLetters {
  printed: number
  refused: RefusedLetter[]
}

/**
 * « Marquer comme imprimé »: each letter rendered again alone (the bytes stored on its
 * action, re-openable from the client's file), then every action set printed in one
 * transaction: all the letters stored, or none. Cancelling before the transaction leaves
 * the queue as it was.
 */
export async function recordPrintedLetters(
  dossier: Dossier,
  actionIds: readonly number[],
  letterDate: IsoDate,
  control: { onProgress(done: number, total: number): void; cancelRequested(): boolean },
): Promise<RecordedLetters> {
  const rendered: Array<{ actionId: number; pdf: Buffer; description: string }> = []
  const refused: RefusedLetter[] = []
  for (const [index, actionId] of actionIds.entries()) {
    if (control.cancelRequested()) throw new DomainError('CONFLICT', 'Enregistrement annulé : aucun courrier n’a été marqué imprimé.')
    const outcome = await actionLetterPdf(dossier.db, actionId, letterDate)
    if ('refused' in outcome) refused.push(outcome.refused)
    else rendered.push({ actionId, ...outcome })
    control.onProgress(index + 1, actionIds.length)
  }
  const printed = inTransaction(dossier, () => {
    if (control.cancelRequested()) throw new DomainError('CONFLICT', 'Enregistrement annulé : aucun courrier n’a été marqué imprimé.')
    return rendered.filter((letter) => markLetterPrinted(dossier.db, letter.actionId, letterDate, letter.pdf, letter.description)).length
  })
  return { printed, refused }
}
