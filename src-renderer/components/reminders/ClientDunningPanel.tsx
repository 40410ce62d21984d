import { useEffect, useState } from 'react'
import type { ClientDunningView, ScenarioView } from '../../../src-shared/contract/scenarios'
import { formatFrenchDate } from '../../../src-shared/dates'
import { invoke } from '../../api'
import { fr } from '../../i18n/fr'
import { ResultMessage } from './ResultMessage'
import './reminders.css'

const t = fr.reminders.clientPanel
const LEVELS = [1, 2, 3, 4, 5]

/** A client's place in reminders: its scenario, a stop with its reason, the level reached before Encaisse, excluded invoices. */
export function ClientDunningPanel({ clientId, version, onChanged }: { clientId: number; version: number; onChanged(): void }) {
  const [view, setView] = useState<ClientDunningView | null>(null)
  const [scenarios, setScenarios] = useState<ScenarioView[]>([])
  const [reason, setReason] = useState('')
  const [until, setUntil] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  useEffect(() => {
    void invoke('dunning.client', { clientId }).then((result) => result.ok && setView(result.data))
    void invoke('scenarios.list', {}).then((result) => result.ok && setScenarios(result.data.filter((s) => !s.archived)))
  }, [clientId, version, message])

  async function set(input: { scenarioId?: number | null; stop?: { reason: string; until?: string } | null; reachedLevel?: number | null }) {
    const result = await invoke('dunning.setClients', { clientIds: [clientId], ...input })
    if (!result.ok) return setMessage({ ok: false, text: Object.values(result.error.details?.fields ?? {})[0] ?? result.error.message })
    setMessage({ ok: true, text: t.saved })
    onChanged()
  }

  async function include(invoiceId: number) {
    const result = await invoke('dunning.excludeInvoice', { invoiceId, excluded: false })
    setMessage(result.ok ? { ok: true, text: t.saved } : { ok: false, text: result.error.message })
    onChanged()
  }

  if (!view) return null
  return (
    <section className="panel client-dunning" aria-label={t.title}>
      <h2>{t.title}</h2>
      <div className="client-dunning-fields">
        <label className="field">
          <span className="label">{t.scenario}</span>
          <select value={view.scenarioId ?? ''} onChange={(event) => void set({ scenarioId: event.target.value === '' ? null : Number(event.target.value) })}>
            <option value="">{t.inherited(view.scenarioId === null ? (view.effectiveScenario?.name ?? t.none) : null)}</option>
            {scenarios.map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="label">{t.reached}</span>
          <select value={view.reached?.level ?? ''} onChange={(event) => void set({ reachedLevel: event.target.value === '' ? null : Number(event.target.value) })}>
            <option value="">{t.reachedNone}</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        </label>
      </div>
      {view.postponedUntil ? <p className="muted">{t.postponed(formatFrenchDate(view.postponedUntil))}</p> : null}
      {view.stop ? (
        <div className="stale-warning">
          {t.stopped(formatFrenchDate(view.stop.since), view.stop.until ? formatFrenchDate(view.stop.until) : null, view.stop.reason)}{' '}
          <button type="button" className="secondary small" onClick={() => void set({ stop: null })}>
            {t.resume}
          </button>
        </div>
      ) : (
        <form
          className="client-stop"
          onSubmit={(event) => {
            event.preventDefault()
            void set({ stop: { reason, ...(until ? { until } : {}) } })
          }}
        >
          <label className="field">
            <span className="label">{t.stopReason}</span>
            <input required maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <label className="field">
            <span className="label">{t.stopUntil}</span>
            <input type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
          </label>
          <button type="submit" className="secondary">
            {t.stop}
          </button>
        </form>
      )}
      {view.excludedInvoices.length > 0 ? (
        <>
          <h3>{t.excluded}</h3>
          <ul className="contacts-list">
            {view.excludedInvoices.map((invoice) => (
              <li key={invoice.invoiceId}>
                {invoice.number}
                {invoice.reason ? ` : ${invoice.reason}` : ''}{' '}
                <button type="button" className="secondary small" onClick={() => void include(invoice.invoiceId)}>
                  {t.include}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ResultMessage message={message} />
    </section>
  )
}
