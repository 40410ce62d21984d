import { useState, type FormEvent } from 'react'
import type { InvoiceRow } from '../../../src-shared/contract/invoices'
import { invoke } from '../../api'
import { fr } from '../../i18n/fr'
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
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (reason.trim() === '') return setError(t.reasonMissing)
    setBusy(true)
    const result = await invoke('dunning.excludeInvoice', { invoiceId: row.id, excluded: true, reason: reason.trim() })
    setBusy(false)
    if (!result.ok) return setError(result.error.details?.fields?.reason ?? result.error.message)
    onDone(t.excluded(row.number))
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
