import { useEffect, useRef, useState } from 'react'
import { REMINDER_CHANNEL_LABELS, REMINDER_CHANNELS, type ReminderChannel } from '../../../src-shared/contract/dunning'
import { TEMPLATE_CODES, type ScenarioView } from '../../../src-shared/contract/scenarios'
import type { Result } from '../../../src-shared/result'
import { centsToEuroInput, readEuros } from '../../euro-input'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
import { ResultMessage } from './ResultMessage'
import './reminders.css'

const t = fr.reminders.scenarios

interface DraftStep {
  offsetDays: string
  channel: ReminderChannel
  level: string
  templateCode: string
  label: string
  minimum: string
  includePenalties: boolean
  required: boolean
}

function draftOf(scenario: ScenarioView): DraftStep[] {
  return scenario.steps.map((step) => ({
    offsetDays: String(step.offsetDays),
    channel: step.channel,
    level: String(step.level),
    templateCode: step.templateCode,
    label: step.label,
    minimum: step.minAmountCents > 0 ? centsToEuroInput(step.minAmountCents) : '',
    includePenalties: step.includePenalties,
    required: step.required,
  }))
}

/** Paramètres → Scénarios de relance: choose one, edit its steps (add, reorder, remove), copy, archive, delete, make it the default. */
export function ScenarioEditor() {
  const list = useQuery('scenarios.list', {})
  const scenarios = list.data ?? []
  const saveScenario = useMutation('scenarios.save')
  const copyScenario = useMutation('scenarios.copy')
  const setDefault = useMutation('scenarios.setDefault')
  const archive = useMutation('scenarios.archive')
  const remove = useMutation('scenarios.delete')
  const [selected, setSelected] = useState<number | null>(null)
  const [name, setName] = useState('')
  const [steps, setSteps] = useState<DraftStep[]>([])
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  /** The scenario to show once the list is read again (the first one when it is gone). */
  const wanted = useRef<number | undefined>(undefined)

  const choose = (all: ScenarioView[], select?: number) => {
    const chosen = all.find((s) => s.id === select) ?? all[0]
    if (chosen) {
      setSelected(chosen.id)
      setName(chosen.name)
      setSteps(draftOf(chosen))
    }
  }
  useEffect(() => {
    if (list.data) choose(list.data, wanted.current)
  }, [list.data])

  const current = scenarios.find((s) => s.id === selected)
  const edit = (index: number, patch: Partial<DraftStep>) => setSteps(steps.map((step, i) => (i === index ? { ...step, ...patch } : step)))
  const move = (index: number, by: number) => {
    const next = [...steps]
    const [step] = next.splice(index, 1)
    next.splice(index + by, 0, step!)
    setSteps(next)
  }

  async function act(work: Promise<Result<unknown>>, text: string, select?: number) {
    const result = await work
    if (!result.ok) return setMessage({ ok: false, text: Object.values(result.error.details?.fields ?? {})[0] ?? result.error.message })
    setMessage({ ok: true, text })
    wanted.current = select ?? selected ?? undefined
    list.reload()
  }

  async function save() {
    const parsed = steps.map((step) => {
      const minimum = readEuros(step.minimum)
      return {
        offsetDays: Number(step.offsetDays),
        channel: step.channel,
        level: Number(step.level),
        templateCode: step.templateCode,
        label: step.label,
        minAmountCents: minimum.status === 'ok' ? minimum.cents : 0,
        includePenalties: step.includePenalties,
        required: step.required,
      }
    })
    await act(saveScenario.run({ id: selected ?? undefined, name, steps: parsed }), t.saved)
  }

  if (!current) return list.error ? <ResultMessage message={{ ok: false, text: list.error.message }} /> : null
  return (
    <section className="panel" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <div className="toolbar">
        <label className="inline-field">
          {t.choose}
          <select value={selected ?? ''} onChange={(event) => choose(scenarios, Number(event.target.value))}>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.isDefault ? ` — ${t.defaultPro}` : ''}
                {s.isConsumerDefault ? ` — ${t.defaultConsumer}` : ''}
                {s.archived ? ` (${t.archived})` : ''}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">{t.usedBy(current.clientCount, current.segments)}</span>
      </div>
      <label className="field scenario-name">
        <span className="label">{t.name}</span>
        <input value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
      </label>
      <table className="grid scenario-steps" aria-label={t.title}>
        <thead>
          <tr>
            <th>{t.columns.offset}</th>
            <th>{t.columns.channel}</th>
            <th>{t.columns.level}</th>
            <th>{t.columns.template}</th>
            <th>{t.columns.label}</th>
            <th>{t.columns.minimum}</th>
            <th>{t.columns.penalties}</th>
            <th>{t.columns.required}</th>
            <th>{t.columns.move}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, index) => {
            const row = t.stepRow(index + 1)
            return (
              <tr key={index}>
                <td>
                  <input type="number" aria-label={`${row} : ${t.columns.offset}`} value={step.offsetDays} onChange={(event) => edit(index, { offsetDays: event.target.value })} />
                </td>
                <td>
                  <select
                    aria-label={`${row} : ${t.columns.channel}`}
                    value={step.channel}
                    onChange={(event) => {
                      const channel = event.target.value as ReminderChannel
                      edit(index, { channel, templateCode: TEMPLATE_CODES[channel][0]! })
                    }}
                  >
                    {REMINDER_CHANNELS.map((channel) => (
                      <option key={channel} value={channel}>
                        {REMINDER_CHANNEL_LABELS[channel]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input type="number" min={0} max={9} aria-label={`${row} : ${t.columns.level}`} value={step.level} onChange={(event) => edit(index, { level: event.target.value })} />
                </td>
                <td>
                  <select aria-label={`${row} : ${t.columns.template}`} value={step.templateCode} onChange={(event) => edit(index, { templateCode: event.target.value })}>
                    {TEMPLATE_CODES[step.channel].map((code) => (
                      <option key={code} value={code}>
                        {code}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input aria-label={`${row} : ${t.columns.label}`} value={step.label} maxLength={80} onChange={(event) => edit(index, { label: event.target.value })} />
                </td>
                <td>
                  <input inputMode="decimal" aria-label={`${row} : ${t.columns.minimum}`} value={step.minimum} onChange={(event) => edit(index, { minimum: event.target.value })} />
                </td>
                <td className="check">
                  <input type="checkbox" aria-label={`${row} : ${t.columns.penalties}`} checked={step.includePenalties} onChange={(event) => edit(index, { includePenalties: event.target.checked })} />
                </td>
                <td className="check">
                  <input type="checkbox" aria-label={`${row} : ${t.columns.required}`} checked={step.required} onChange={(event) => edit(index, { required: event.target.checked })} />
                </td>
                <td className="row-actions">
                  <button type="button" className="secondary small" aria-label={`${row} : ${t.up}`} disabled={index === 0} onClick={() => move(index, -1)}>
                    ↑
                  </button>
                  <button type="button" className="secondary small" aria-label={`${row} : ${t.down}`} disabled={index === steps.length - 1} onClick={() => move(index, 1)}>
                    ↓
                  </button>
                  <button type="button" className="secondary small" aria-label={`${row} : ${t.remove}`} onClick={() => setSteps(steps.filter((_, i) => i !== index))}>
                    ✕
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="form-actions scenario-actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setSteps([
              ...steps,
              { offsetDays: String(Number(steps[steps.length - 1]?.offsetDays ?? 0) + 10), channel: 'letter', level: String(Number(steps[steps.length - 1]?.level ?? 0) + 1), templateCode: 'relance-1', label: t.newStepLabel, minimum: '', includePenalties: false, required: false },
            ])
          }
        >
          {t.addStep}
        </button>
        <button type="button" className="secondary" onClick={() => void act(copyScenario.run({ id: current.id, name: t.copyName(current.name) }), t.copied)}>
          {t.copy}
        </button>
        {!current.isDefault ? (
          <button type="button" className="secondary" onClick={() => void act(setDefault.run({ id: current.id, kind: 'pro' }), t.saved)}>
            {t.makeDefault}
          </button>
        ) : null}
        {!current.isConsumerDefault ? (
          <button type="button" className="secondary" onClick={() => void act(setDefault.run({ id: current.id, kind: 'particulier' }), t.saved)}>
            {t.makeConsumerDefault}
          </button>
        ) : null}
        <button type="button" className="secondary" onClick={() => void act(archive.run({ id: current.id, archived: !current.archived }), t.saved)}>
          {current.archived ? t.restore : t.archive}
        </button>
        <button type="button" className="secondary" onClick={() => void act(remove.run({ id: current.id }), t.deleted, -1)}>
          {t.delete}
        </button>
        <button type="button" onClick={() => void save()}>
          {t.save}
        </button>
      </div>
      <ResultMessage message={message ?? (list.error ? { ok: false, text: list.error.message } : null)} />
    </section>
  )
}
