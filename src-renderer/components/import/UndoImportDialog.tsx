import { useState } from 'react'
import type { ImportBatchRow } from '../../../src-shared/contract/imports'
import { invoke } from '../../api'
import { fr } from '../../i18n/fr'
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
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function confirm() {
    setBusy(true)
    const result = await invoke('imports.undoLast', {})
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    onDone(result.data)
  }

  return (
    <Dialog title={t.title} className="undo-import-dialog" onCancel={onCancel}>
      <p className="undo-what">{t.what(batch.fileName, formatImportTime(batch.importedAt))}</p>
      <p className="muted">{t.explain}</p>
      {error ? <p className="form-summary" role="alert">{error}</p> : null}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onCancel}>{t.keep}</button>
        <button type="button" className="danger" disabled={busy} onClick={confirm}>{busy ? t.working : t.confirm}</button>
      </div>
    </Dialog>
  )
}
