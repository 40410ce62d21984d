import { useState, type FormEvent } from 'react'
import type { ProposalView } from '../../../src-shared/contract/dunning'
import { addDays, formatFrenchDate } from '../../../src-shared/dates'
import { fr } from '../../i18n/fr'
import { useReminders } from '../../stores/reminders'
import { Dialog } from '../Dialog'

const t = fr.reminders

/** Postpones a client's reminder to a date; a week later by default. */
export function PostponeDialog({ proposal, onClose }: { proposal: ProposalView; onClose(): void }) {
  const { asOf, postpone } = useReminders()
  const [until, setUntil] = useState(asOf ? addDays(asOf, 7) : '')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    const refused = await postpone(proposal.clientId, until, t.postponed(proposal.clientName, until ? formatFrenchDate(until) : ''))
    setSaving(false)
    if (refused) setError(refused)
    else onClose()
  }

  return (
    <Dialog title={t.postponeOne(proposal.clientName)} onCancel={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span className="label">{t.postponeDate}</span>
          <input type="date" required value={until} onChange={(event) => setUntil(event.target.value)} />
        </label>
        {error ? <p className="error-text" role="alert">{error}</p> : null}
        <div className="form-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {fr.common.cancel}
          </button>
          <button type="submit" disabled={saving || until === ''}>
            {t.postpone}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
