import { useEffect, useState, type FormEvent } from 'react'
import type { PlanSettingsValues } from '../../../src-shared/contract/plans'
import { centsToEuroInput, readEuros } from '../../euro-input'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
import { Field } from '../Field'
import { ResultMessage } from '../reminders/ResultMessage'
import './plans.css'

const t = fr.plans.settings
const DAYS = ['graceDays', 'breakDays', 'reminderBeforeDays'] as const
const HINTS = { graceDays: t.graceHint, breakDays: t.breakHint, reminderBeforeDays: t.reminderBeforeHint }

interface Values {
  floor: string
  graceDays: string
  breakDays: string
  reminderBeforeDays: string
  reminderBeforeChannel: PlanSettingsValues['reminderBeforeChannel']
}

/** The plans' settings: the instalment floor, the courtesy reminder before each instalment, the grace and breach delays. */
export function PlanSettingsPanel() {
  const [values, setValues] = useState<Values | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const show = (settings: PlanSettingsValues) =>
    setValues({
      floor: centsToEuroInput(settings.floorCents),
      graceDays: String(settings.graceDays),
      breakDays: String(settings.breakDays),
      reminderBeforeDays: String(settings.reminderBeforeDays),
      reminderBeforeChannel: settings.reminderBeforeChannel,
    })

  const stored = useQuery('plans.settings', {})
  const save = useMutation('plans.saveSettings')
  // The form starts from the stored settings once they come, then holds what is typed.
  useEffect(() => {
    if (stored.data && values === null) show(stored.data)
  }, [stored.data, values])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!values) return
    const floor = readEuros(values.floor)
    if (floor.status === 'unreadable') return setErrors({ floorCents: t.unreadable })
    const result = await save.run({
      floorCents: floor.status === 'ok' ? floor.cents : 0,
      graceDays: Number(values.graceDays),
      breakDays: Number(values.breakDays),
      reminderBeforeDays: Number(values.reminderBeforeDays),
      reminderBeforeChannel: values.reminderBeforeChannel,
    })
    setErrors(result.ok ? {} : (result.error.details?.fields ?? {}))
    if (!result.ok) return setMessage({ ok: false, text: result.error.message })
    show(result.data)
    setMessage({ ok: true, text: t.saved })
  }

  return (
    <section className="panel" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {values ? (
        <form className="plan-settings" onSubmit={(event) => void submit(event)} noValidate>
          <Field id="plan-floor" label={t.floor} hint={t.floorHint} error={errors.floorCents}>
            {(props) => <input {...props} className="num" inputMode="decimal" value={values.floor} onChange={(event) => setValues({ ...values, floor: event.target.value })} />}
          </Field>
          {DAYS.map((field) => (
            <Field key={field} id={`plan-${field}`} label={t[field]} hint={HINTS[field]} error={errors[field]}>
              {(props) => <input {...props} className="num" inputMode="numeric" value={values[field]} onChange={(event) => setValues({ ...values, [field]: event.target.value })} />}
            </Field>
          ))}
          <Field id="plan-reminder-channel" label={t.reminderBeforeChannel}>
            {(props) => (
              <select {...props} value={values.reminderBeforeChannel} onChange={(event) => setValues({ ...values, reminderBeforeChannel: event.target.value as Values['reminderBeforeChannel'] })}>
                {(['email', 'letter', 'phone'] as const).map((channel) => (
                  <option key={channel} value={channel}>{t.channels[channel]}</option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-actions">
            <button type="submit">{t.save}</button>
          </div>
        </form>
      ) : null}
      <ResultMessage message={message} />
    </section>
  )
}
