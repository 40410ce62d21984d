import { useRef, useState, type FormEvent } from 'react'
import { DISPUTE_REASONS, type DisputeReason } from '../../../src-shared/contract/disputes'
import type { InvoiceRow } from '../../../src-shared/contract/invoices'
import { invoke } from '../../api'
import { fr } from '../../i18n/fr'
import { Dialog } from '../Dialog'

const t = fr.disputes

interface DisputeDialogProps {
  row: Pick<InvoiceRow, 'id' | 'number' | 'disputed'>
  onDone(): void
  onCancel(): void
}

/**
 * Puts an invoice in dispute (reason and note) or lifts its dispute (note), depending on
 * its current state. Modal: focus starts on the first field and stays inside; Escape cancels.
 */
export function DisputeDialog({ row, onDone, onCancel }: DisputeDialogProps) {
  const opening = !row.disputed
  const [reason, setReason] = useState<DisputeReason | ''>('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const reasonField = useRef<HTMLSelectElement>(null)
  const noteField = useRef<HTMLTextAreaElement>(null)
  const focusFirst = () => (reasonField.current ?? noteField.current)?.focus()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (opening && reason === '') {
      setError(t.chooseReason)
      focusFirst()
      return
    }
    setBusy(true)
    const text = note.trim() || undefined
    const result = opening
      ? await invoke('disputes.open', { invoiceId: row.id, reason: reason as DisputeReason, note: text })
      : await invoke('disputes.close', { invoiceId: row.id, note: text })
    setBusy(false)
    if (!result.ok) return setError(result.error.details?.fields?.note ?? result.error.message)
    onDone()
  }

  const title = opening ? t.openTitle(row.number) : t.closeTitle(row.number)
  return (
    <Dialog title={title} className="dispute-dialog" onCancel={onCancel}>
        <p className="muted">{opening ? t.openHint : t.closeHint}</p>
        <form onSubmit={submit} noValidate>
          {opening ? (
            <div className="field">
              <label htmlFor="dispute-reason">
                {t.reason} <span className="required" aria-hidden="true">*</span>
              </label>
              <select
                id="dispute-reason"
                ref={reasonField}
                required
                aria-invalid={error === t.chooseReason}
                value={reason}
                onChange={(event) => setReason(event.target.value as DisputeReason | '')}
              >
                <option value="" disabled>{t.chooseReasonOption}</option>
                {DISPUTE_REASONS.map((value) => (
                  <option key={value} value={value}>{t.reasons[value]}</option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="dispute-note">{t.note}</label>
            <textarea
              id="dispute-note"
              ref={noteField}
              rows={3}
              maxLength={2000}
              value={note}
              aria-describedby="dispute-note-hint"
              onChange={(event) => setNote(event.target.value)}
            />
            <p id="dispute-note-hint" className="field-hint">{t.noteHint}</p>
          </div>
          {error ? <p className="error-text" role="alert">{error}</p> : null}
          <div className="form-actions">
            <button type="button" className="secondary" onClick={onCancel}>{fr.common.cancel}</button>
            <button type="submit" disabled={busy}>{busy ? t.working : opening ? t.confirmOpen : t.confirmClose}</button>
          </div>
        </form>
    </Dialog>
  )
}
