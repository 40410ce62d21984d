import type { ImportBatchRow } from '../../../src-shared/contract/imports'
import { fr } from '../../i18n/fr'
import { useMutation } from '../../use-channel'
import { Dialog } from '../Dialog'
import { formatImportTime } from './import-time'

const t = fr.importing.undo

interface UndoImportDialogProps {
  /** The import the core will undo: the most recent one not undone yet. */
  batch: ImportBatchRow
  onDone(undone: ImportBatchRow): void
  onCancel(): void
}

/** Confirms undoing the last import; the core refuses, with its reason shown here, when work done since depends on it. */
export function UndoImportDialog({ batch, onDone, onCancel }: UndoImportDialogProps) {
  const undo = useMutation('imports.undoLast')

  async function confirm() {
    const result = await undo.run({})
    if (result.ok) onDone(result.data)
  }

  return (
    <Dialog title={t.title} className="undo-import-dialog" onCancel={onCancel}>
      <p className="undo-what">{t.what(batch.fileName, formatImportTime(batch.importedAt))}</p>
      <p className="muted">{t.explain}</p>
      {undo.error ? <p className="form-summary" role="alert">{undo.error.message}</p> : null}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onCancel}>{t.keep}</button>
        <button type="button" className="danger" disabled={undo.pending} onClick={confirm}>{undo.pending ? t.working : t.confirm}</button>
      </div>
    </Dialog>
  )
}
