import { fr } from '../../i18n/fr'

const t = fr.reminders.clientPanel

interface DunningStopFieldsProps {
  reason: string
  until: string
  onReason(reason: string): void
  onUntil(until: string): void
}

/** What a stop of reminders (« client bloqué en relance ») needs: its reason, and an optional last day. */
export function DunningStopFields({ reason, until, onReason, onUntil }: DunningStopFieldsProps) {
  return (
    <>
      <label className="field">
        <span className="label">{t.stopReason}</span>
        <input required maxLength={500} value={reason} onChange={(event) => onReason(event.target.value)} />
      </label>
      <label className="field">
        <span className="label">{t.stopUntil}</span>
        <input type="date" value={until} onChange={(event) => onUntil(event.target.value)} />
      </label>
    </>
  )
}
