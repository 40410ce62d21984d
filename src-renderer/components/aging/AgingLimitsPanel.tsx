import { useEffect, useState, type FormEvent } from 'react'
import { agingBuckets } from '../../../src-shared/aging-buckets'
import { agingLimitsField } from '../../../src-shared/contract/aging'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
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
  const settings = useQuery('aging.settings', {})
  const save = useMutation('aging.updateSettings')
  const [text, setText] = useState('')
  const [unreadable, setUnreadable] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const stored = settings.data?.limits.join(', ')

  // The stored limits fill the field when they arrive; typing then owns it.
  useEffect(() => {
    if (stored !== undefined) setText(stored)
  }, [stored])

  const limits = readLimits(text)
  // Previewed only when the core would accept them: « 90, 60 » would show a « 91–60 j » column.
  const checked = limits && limits.length > 0 ? agingLimitsField.safeParse(limits) : null
  const preview = checked?.success ? agingBuckets(checked.data).map((bucket) => bucket.label) : []
  const previewProblem = checked && !checked.success ? (checked.error.issues[0]?.message ?? t.unreadable) : null

  async function submit(event: FormEvent) {
    event.preventDefault()
    setNotice(null)
    setUnreadable(!limits)
    if (!limits) return
    const result = await save.run({ limits })
    if (!result.ok) return
    setText(result.data.limits.join(', '))
    setNotice(t.saved)
  }

  const error = unreadable ? t.unreadable : (save.error?.message ?? settings.error?.message)

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
          <button type="submit" disabled={save.pending}>
            {t.save}
          </button>
        </div>
      </form>
    </section>
  )
}
