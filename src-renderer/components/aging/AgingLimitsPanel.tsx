import { useEffect, useState, type FormEvent } from 'react'
import { agingBuckets } from '../../../src-shared/aging-buckets'
import { agingLimitsField } from '../../../src-shared/contract/aging'
import { invoke } from '../../api'
import { fr } from '../../i18n/fr'
import { Field } from '../Field'

const t = fr.aging.settings

/** "30, 60 ; 90" → [30, 60, 90]; null when a part is not a whole number. */
function readLimits(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '')
  return parts.every((part) => /^\d+$/.test(part)) ? parts.map(Number) : null
}

/**
 * Paramètres → the aged balance's bucket limits. The columns they give are previewed as
 * they are typed; the core checks them (1 to 5, strictly increasing) when saved.
 */
export function AgingLimitsPanel() {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    void invoke('aging.settings', {}).then((result) => result.ok && setText(result.data.limits.join(', ')))
  }, [])

  const limits = readLimits(text)
  // Previewed only when the core would accept them: « 90, 60 » would show a « 91–60 j » column.
  const checked = limits && limits.length > 0 ? agingLimitsField.safeParse(limits) : null
  const preview = checked?.success ? agingBuckets(checked.data).map((bucket) => bucket.label) : []
  const previewProblem = checked && !checked.success ? (checked.error.issues[0]?.message ?? t.unreadable) : null

  async function submit(event: FormEvent) {
    event.preventDefault()
    setNotice(null)
    if (!limits) return setError(t.unreadable)
    const result = await invoke('aging.updateSettings', { limits })
    if (!result.ok) return setError(result.error.message)
    setError(undefined)
    setText(result.data.limits.join(', '))
    setNotice(t.saved)
  }

  return (
    <section className="panel aging-limits" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <form className="form" onSubmit={submit} noValidate aria-label={t.title}>
        <fieldset>
          <Field id="aging-limits" label={t.limits} hint={t.limitsHint} error={error}>
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                value={text}
                onChange={(event) => {
                  setText(event.target.value)
                  setNotice(null)
                }}
              />
            )}
          </Field>
          <div className="aging-limits-preview span-3" aria-live="polite">
            <span className="label">{t.preview}</span>
            {previewProblem ? (
              <p className="error-text">{previewProblem}</p>
            ) : (
              <ul>
                {preview.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            )}
          </div>
        </fieldset>
        {notice ? <p className="notice" role="status">{notice}</p> : null}
        <div className="form-actions">
          <button type="submit">{t.save}</button>
        </div>
      </form>
    </section>
  )
}
