import { useEffect, useRef, useState } from 'react'
import type { TemplateDetail, WindowSide } from '../../../src-shared/contract/templates'
import type { AppError } from '../../../src-shared/result'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
import { useSettled } from '../../use-settled'
import { Field } from '../Field'
import { ClientPicker, type PickedClient } from '../invoices/ClientPicker'
import { LetterPreview } from './LetterPreview'

const t = fr.letters.editor
const PREVIEW_DELAY_MS = 400

/** A refusal of the text: every field's message, or the whole one. */
const textRefusal = (error: AppError) => (error.details?.fields ? Object.values(error.details.fields).join(' ') : error.message)

/** Paramètres → Modèles: edit a template's text with a live preview on a chosen client; reset a built-in one. */
export function TemplateEditor() {
  const [code, setCode] = useState('relance-1')
  const [template, setTemplate] = useState<TemplateDetail | null>(null)
  const [draft, setDraft] = useState({ subject: '', body: '' })
  const [client, setClient] = useState<PickedClient | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const body = useRef<HTMLTextAreaElement>(null)
  const list = useQuery('templates.list', {})
  const templates = list.data ?? []
  const tags = useQuery('templates.tags', {})
  const windowSide = useQuery('letters.windowSide', {})
  const side: WindowSide = windowSide.data?.side ?? 'right'
  const loaded = useQuery('templates.get', { code })
  const update = useMutation('templates.update')
  const resetting = useMutation('templates.reset')
  const setWindowSide = useMutation('letters.setWindowSide')

  useEffect(() => {
    if (!loaded.data) return
    setTemplate(loaded.data)
    setDraft({ subject: loaded.data.subject, body: loaded.data.body })
  }, [loaded.data])

  // The preview follows the text once typing pauses, on the chosen client.
  const previewed = useQuery('letters.preview', useSettled(client && template ? { clientId: client.id, code, draft } : null, PREVIEW_DELAY_MS))
  const preview = client && template ? (previewed.data ?? null) : null
  const loadError = loaded.error ?? list.error ?? tags.error ?? windowSide.error
  const shownError = error ?? (previewed.error ? textRefusal(previewed.error) : null) ?? loadError?.message ?? null

  function insert(tag: string) {
    const area = body.current
    const at = area?.selectionStart ?? draft.body.length
    setDraft((current) => ({ ...current, body: `${current.body.slice(0, at)}${tag}${current.body.slice(area?.selectionEnd ?? at)}` }))
  }

  async function save() {
    const result = await update.run({ code, ...draft })
    if (!result.ok) return setError(textRefusal(result.error))
    setError(null)
    setTemplate(result.data)
    setStatus(t.saved)
    list.reload()
  }

  async function reset() {
    const result = await resetting.run({ code })
    if (!result.ok) return setError(result.error.message)
    setTemplate(result.data)
    setDraft({ subject: result.data.subject, body: result.data.body })
    setStatus(t.resetDone)
    list.reload()
  }

  async function chooseSide(next: WindowSide) {
    const result = await setWindowSide.run({ side: next })
    if (!result.ok) return setError(result.error.message)
    // The letters are laid out again for the other window.
    windowSide.reload()
    previewed.reload()
  }

  return (
    <section className="panel" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <div className="toolbar">
        <Field id="template-code" label={t.template}>
          {(props) => (
            <select {...props} value={code} onChange={(event) => { setStatus(null); setCode(event.target.value) }}>
              {templates.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.name} ({fr.letters.channels[item.channel]}){item.modified ? ` — ${t.modified}` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="template-client" label={t.client} hint={client ? undefined : t.clientHint}>
          {(props) => <ClientPicker value={client} onChange={setClient} inputProps={props} />}
        </Field>
        <fieldset className="inline-field">
          <legend>{t.window}</legend>
          {(['right', 'left'] as const).map((option) => (
            <label key={option} className="inline-check">
              <input type="radio" name="window-side" checked={side === option} onChange={() => void chooseSide(option)} /> {t.windowSides[option]}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="template-editor">
        <div>
          <Field id="template-subject" label={t.subject}>
            {(props) => <input {...props} value={draft.subject} onChange={(event) => setDraft({ ...draft, subject: event.target.value })} />}
          </Field>
          <Field id="template-body" label={t.body}>
            {(props) => <textarea {...props} ref={body} value={draft.body} onChange={(event) => setDraft({ ...draft, body: event.target.value })} />}
          </Field>
          <div className="form-actions">
            <button type="button" disabled={update.pending} onClick={() => void save()}>{t.save}</button>
            {template?.modified ? (
              <button type="button" className="secondary" onClick={() => void reset()}>{t.reset}</button>
            ) : null}
          </div>
          {status ? <p className="notice" role="status">{status}</p> : null}
          {shownError ? <p className="field-error" role="alert">{shownError}</p> : null}
          <h3>{t.tags}</h3>
          <ul className="tags">
            {(tags.data ?? []).map((tag) => (
              <li key={tag.tag}>
                <code role="button" tabIndex={0} onClick={() => insert(tag.tag)} onKeyDown={(event) => event.key === 'Enter' && insert(tag.tag)}>{tag.tag}</code> {tag.label}
              </li>
            ))}
          </ul>
        </div>
        <div aria-label={t.preview} role="region">
          <LetterPreview preview={preview} />
        </div>
      </div>
    </section>
  )
}
