import { useState, type FormEvent } from 'react'
import type { ProposalView } from '../../../src-shared/contract/dunning'
import { fr } from '../../i18n/fr'
import { useReminders } from '../../stores/reminders'
import { Dialog } from '../Dialog'

const t = fr.reminders

/** Passes over a client's proposed step, with a reason that goes to its file. */
export function SkipDialog({ proposal, onClose }: { proposal: ProposalView; onClose(): void }) {
  const skip = useReminders((state) => state.skip)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    const refused = await skip(proposal.clientId, reason, t.skipped(proposal.clientName))
    setSaving(false)
    if (refused) setError(refused)
    else onClose()
  }

  return (
    <Dialog title={t.skipOne(proposal.clientName)} onCancel={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <p className="muted">{proposal.step.label}</p>
        <label className="field">
          <span className="label">{t.skipReason}</span>
          <textarea required rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        {error ? <p className="error-text" role="alert">{error}</p> : null}
        <div className="form-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {fr.common.cancel}
          </button>
          <button type="submit" disabled={saving || reason.trim() === ''}>
            {t.skip}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
