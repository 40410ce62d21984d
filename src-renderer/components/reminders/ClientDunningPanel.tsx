import { useState } from 'react'
import { formatFrenchDate } from '../../../src-shared/dates'
import { fr } from '../../i18n/fr'
import { DunningStopFields } from './DunningStopFields'
import { useMutation, useQuery } from '../../use-channel'
import { ResultMessage } from './ResultMessage'
import './reminders.css'

const t = fr.reminders.clientPanel
const LEVELS = [1, 2, 3, 4, 5]

/** A client's place in reminders: its scenario, a stop with its reason, the level reached before Encaisse, excluded invoices. */
export function ClientDunningPanel({ clientId, version, onChanged }: { clientId: number; version: number; onChanged(): void }) {
  const dunning = useQuery('dunning.client', { clientId }, version)
  const view = dunning.data ?? null
  const list = useQuery('scenarios.list', {}, version)
  const scenarios = (list.data ?? []).filter((s) => !s.archived)
  const setClients = useMutation('dunning.setClients')
  const exclude = useMutation('dunning.excludeInvoice')
  const [reason, setReason] = useState('')
  const [until, setUntil] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const loadError = dunning.error ?? list.error

  /** After a write, refused or not, the panel shows the client as the core now has it. */
  const showResult = (next: { ok: boolean; text: string }) => {
    setMessage(next)
    dunning.reload()
    list.reload()
  }

  async function set(input: { scenarioId?: number | null; stop?: { reason: string; until?: string } | null; reachedLevel?: number | null }) {
    const result = await setClients.run({ clientIds: [clientId], ...input })
    if (!result.ok) return showResult({ ok: false, text: Object.values(result.error.details?.fields ?? {})[0] ?? result.error.message })
    showResult({ ok: true, text: t.saved })
    onChanged()
  }

  async function include(invoiceId: number) {
    const result = await exclude.run({ invoiceId, excluded: false })
    showResult(result.ok ? { ok: true, text: t.saved } : { ok: false, text: result.error.message })
    onChanged()
  }

  if (!view) return loadError ? <ResultMessage message={{ ok: false, text: loadError.message }} /> : null
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
          <DunningStopFields reason={reason} until={until} onReason={setReason} onUntil={setUntil} />
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
      <ResultMessage message={message ?? (loadError ? { ok: false, text: loadError.message } : null)} />
    </section>
  )
}
