import { useEffect, useState, type FormEvent } from 'react'
import type { DunningSettingsValues } from '../../../src-shared/contract/dunning'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
import { ResultMessage } from './ResultMessage'

const t = fr.reminders.settings
const FIELDS = ['minGapDays', 'promiseGraceDays', 'retryDays', 'staleDays'] as const

/** The dossier's reminder rules: gap between contacts, promise grace, call retry, stale-data warning. */
export function DunningSettingsPanel() {
  const [values, setValues] = useState<Record<(typeof FIELDS)[number], string> | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const loaded = useQuery('dunning.settings', {})
  const saving = useMutation('dunning.saveSettings')

  const show = (settings: DunningSettingsValues) =>
    setValues({ minGapDays: String(settings.minGapDays), promiseGraceDays: String(settings.promiseGraceDays), retryDays: String(settings.retryDays), staleDays: String(settings.staleDays) })

  useEffect(() => {
    if (loaded.data) show(loaded.data)
  }, [loaded.data])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!values) return
    const result = await saving.run({
      minGapDays: Number(values.minGapDays),
      promiseGraceDays: Number(values.promiseGraceDays),
      retryDays: Number(values.retryDays),
      staleDays: Number(values.staleDays),
    })
    if (!result.ok) return setMessage({ ok: false, text: Object.values(result.error.details?.fields ?? {})[0] ?? result.error.message })
    show(result.data)
    setMessage({ ok: true, text: t.saved })
  }

  return (
    <section className="panel" aria-label={t.title}>
      <h2>{t.title}</h2>
      {values ? (
        <form className="dunning-settings" onSubmit={(event) => void submit(event)}>
          {FIELDS.map((field) => (
            <label key={field} className="field">
              <span className="label">{t[field]}</span>
              <input type="number" min={0} max={365} required value={values[field]} onChange={(event) => setValues({ ...values, [field]: event.target.value })} />
            </label>
          ))}
          <div className="form-actions">
            <button type="submit" disabled={saving.pending}>{fr.common.save}</button>
          </div>
        </form>
      ) : null}
      <ResultMessage message={message ?? (loaded.error ? { ok: false, text: loaded.error.message } : null)} />
    </section>
  )
}
