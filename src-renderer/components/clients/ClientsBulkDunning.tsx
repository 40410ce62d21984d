import { useState } from 'react'
import type { ChannelInput } from '../../../src-shared/contract'
import type { ScenarioView } from '../../../src-shared/contract/scenarios'
import { formatFrenchDate } from '../../../src-shared/dates'
import { fr } from '../../i18n/fr'
import { DunningStopFields } from '../reminders/DunningStopFields'
import { useMutation, useQuery } from '../../use-channel'
import './clients-bulk.css'

const t = fr.clientsBulk
const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9]

type BulkAction = keyof typeof t.actions
type BulkChange = Omit<ChannelInput<'dunning.setClients'>, 'clientIds'>

interface ClientsBulkDunningProps {
  selectedIds: readonly number[]
  /** Offered while the list shows only the first page of what the filter matches. */
  onSelectAllMatching: (() => void) | null
  onClear(): void
  /** After the core recorded the change: the page says how many clients changed. */
  onApplied(notice: string): void
}

/**
 * What reminders do for the clients selected on the Clients page, applied to all of them in
 * one transaction: the level they had reached before Encaisse, their scenario, a stop or its end.
 */
export function ClientsBulkDunning({ selectedIds, onSelectAllMatching, onClear, onApplied }: ClientsBulkDunningProps) {
  const [action, setAction] = useState<BulkAction>('reached')
  const [level, setLevel] = useState('1')
  const [reachedOn, setReachedOn] = useState('')
  const [scenarioId, setScenarioId] = useState('')
  const [reason, setReason] = useState('')
  const [until, setUntil] = useState('')
  const scenarioList = useQuery('scenarios.list', {})
  const scenarios: ScenarioView[] = (scenarioList.data ?? []).filter((scenario) => !scenario.archived)
  const setClients = useMutation('dunning.setClients')
  const busy = setClients.pending
  // A refused list of scenarios is said, not shown as an empty choice.
  const failure = setClients.error ?? scenarioList.error
  const error = failure ? (Object.values(setClients.fieldErrors)[0] ?? failure.message) : null

  function change(): { input: BulkChange; what: string } {
    switch (action) {
      case 'reached': {
        if (level === '') return { input: { reachedLevel: null }, what: t.what.reachedCleared }
        const on = reachedOn === '' ? null : reachedOn
        return { input: { reachedLevel: Number(level), ...(on ? { reachedOn: on } : {}) }, what: t.what.reached(Number(level), on && formatFrenchDate(on)) }
      }
      case 'scenario': {
        const chosen = scenarios.find((scenario) => String(scenario.id) === scenarioId)
        return { input: { scenarioId: chosen ? chosen.id : null }, what: chosen ? t.what.scenario(chosen.name) : t.what.scenarioInherited }
      }
      case 'stop':
        return { input: { stop: { reason, ...(until ? { until } : {}) } }, what: t.what.stop(reason.trim(), until ? formatFrenchDate(until) : null) }
      case 'resume':
        return { input: { stop: null }, what: t.what.resume }
    }
  }

  async function apply() {
    const { input, what } = change()
    const result = await setClients.run({ clientIds: [...selectedIds], ...input })
    if (result.ok) onApplied(t.done(result.data.updated, what))
  }

  return (
    <form
      className="panel clients-bulk"
      aria-label={t.region}
      onSubmit={(event) => {
        event.preventDefault()
        void apply()
      }}
    >
      <div className="clients-bulk-selection">
        <strong>{t.selected(selectedIds.length)}</strong>
        {onSelectAllMatching ? (
          <button type="button" className="secondary small" onClick={onSelectAllMatching}>
            {t.selectAllMatching}
          </button>
        ) : null}
        <button type="button" className="secondary small" onClick={onClear}>
          {t.clear}
        </button>
      </div>
      <div className="clients-bulk-fields">
        <label className="field">
          <span className="label">{t.action}</span>
          <select value={action} onChange={(event) => setAction(event.target.value as BulkAction)}>
            {(Object.keys(t.actions) as BulkAction[]).map((key) => (
              <option key={key} value={key}>
                {t.actions[key]}
              </option>
            ))}
          </select>
        </label>
        {action === 'reached' ? (
          <>
            <label className="field">
              <span className="label">{t.level}</span>
              <select value={level} onChange={(event) => setLevel(event.target.value)}>
                {LEVELS.map((n) => (
                  <option key={n} value={n}>
                    {t.levelOption(n)}
                  </option>
                ))}
                <option value="">{t.levelNone}</option>
              </select>
            </label>
            {level !== '' ? (
              <label className="field">
                <span className="label">{t.reachedOn}</span>
                <input type="date" value={reachedOn} onChange={(event) => setReachedOn(event.target.value)} aria-describedby="clients-bulk-reached-hint" />
              </label>
            ) : null}
          </>
        ) : null}
        {action === 'scenario' ? (
          <label className="field">
            <span className="label">{t.scenario}</span>
            <select value={scenarioId} onChange={(event) => setScenarioId(event.target.value)}>
              <option value="">{t.scenarioInherited}</option>
              {scenarios.map((scenario) => (
                <option key={scenario.id} value={scenario.id}>
                  {scenario.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {action === 'stop' ? (
          <DunningStopFields reason={reason} until={until} onReason={setReason} onUntil={setUntil} />
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? t.applying : t.apply(selectedIds.length)}
        </button>
      </div>
      {action === 'reached' && level !== '' ? (
        <p className="field-hint" id="clients-bulk-reached-hint">
          {t.reachedOnHint}
        </p>
      ) : null}
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
