import { useRef, useState, type FormEvent } from 'react'
import { DISPUTE_REASONS, type DisputeReason } from '../../../src-shared/contract/disputes'
import type { InvoiceRow } from '../../../src-shared/contract/invoices'
import { fr } from '../../i18n/fr'
import { useMutation } from '../../use-channel'
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
  const [missingReason, setMissingReason] = useState(false)
  const openDispute = useMutation('disputes.open')
  const closeDispute = useMutation('disputes.close')
  const saving = opening ? openDispute : closeDispute
  const error = missingReason ? t.chooseReason : saving.error ? (saving.fieldErrors.note ?? saving.error.message) : null
  const reasonField = useRef<HTMLSelectElement>(null)
  const noteField = useRef<HTMLTextAreaElement>(null)
  const focusFirst = () => (reasonField.current ?? noteField.current)?.focus()

  async function submit(event: FormEvent) {
    event.preventDefault()
    const text = note.trim() || undefined
    if (!opening) {
      if ((await closeDispute.run({ invoiceId: row.id, note: text })).ok) onDone()
      return
    }
    setMissingReason(reason === '')
    if (reason === '') return focusFirst()
    if ((await openDispute.run({ invoiceId: row.id, reason, note: text })).ok) onDone()
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
                aria-invalid={missingReason}
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
            <button type="submit" disabled={saving.pending}>{saving.pending ? t.working : opening ? t.confirmOpen : t.confirmClose}</button>
          </div>
        </form>
    </Dialog>
  )
}
