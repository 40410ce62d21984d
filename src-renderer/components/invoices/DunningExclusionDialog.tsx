import { useState, type FormEvent } from 'react'
import type { InvoiceRow } from '../../../src-shared/contract/invoices'
import { fr } from '../../i18n/fr'
import { useMutation } from '../../use-channel'
import { Dialog } from '../Dialog'

const t = fr.dunningExclusion

interface DunningExclusionDialogProps {
  row: Pick<InvoiceRow, 'id' | 'number'>
  onDone(notice: string): void
  onCancel(): void
}

/** Keeps one invoice out of reminders, with the reason the client's history will show. */
export function DunningExclusionDialog({ row, onDone, onCancel }: DunningExclusionDialogProps) {
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const exclude = useMutation('dunning.excludeInvoice')
  const error = missing ? t.reasonMissing : exclude.error ? (exclude.fieldErrors.reason ?? exclude.error.message) : null
  const busy = exclude.pending

  async function submit(event: FormEvent) {
    event.preventDefault()
    setMissing(reason.trim() === '')
    if (reason.trim() === '') return
    const result = await exclude.run({ invoiceId: row.id, excluded: true, reason: reason.trim() })
    if (result.ok) onDone(t.excluded(row.number))
  }

  return (
    <Dialog title={t.excludeTitle(row.number)} className="dispute-dialog" onCancel={onCancel}>
      <p className="muted">{t.hint}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="exclusion-reason">
            {t.reason} <span className="required" aria-hidden="true">*</span>
          </label>
          <input
            id="exclusion-reason"
            required
            maxLength={500}
            value={reason}
            aria-invalid={error !== null}
            aria-describedby="exclusion-reason-hint"
            onChange={(event) => setReason(event.target.value)}
          />
          <p id="exclusion-reason-hint" className="field-hint">{t.reasonHint}</p>
        </div>
        {error ? <p className="error-text" role="alert">{error}</p> : null}
        <div className="form-actions">
          <button type="button" className="secondary" onClick={onCancel}>{fr.common.cancel}</button>
          <button type="submit" disabled={busy}>{busy ? t.working : t.confirm}</button>
        </div>
      </form>
    </Dialog>
  )
}
