import { useEffect, useRef, useState } from 'react'
import type { LetterPreview as Preview, MergeTag, TemplateDetail, TemplateSummary, WindowSide } from '../../../src-shared/contract/templates'
import { invoke } from '../../api'
import { fr } from '../../i18n/fr'
import { Field } from '../Field'
import { ClientPicker, type PickedClient } from '../invoices/ClientPicker'
import { LetterPreview } from './LetterPreview'

const t = fr.letters.editor
const PREVIEW_DELAY_MS = 400

/** Paramètres → Modèles: edit a template's text with a live preview on a chosen client; reset a built-in one. */
export function TemplateEditor() {
  const [templates, setTemplates] = useState<TemplateSummary[]>([])
  const [code, setCode] = useState('relance-1')
  const [template, setTemplate] = useState<TemplateDetail | null>(null)
  const [draft, setDraft] = useState({ subject: '', body: '' })
  const [tags, setTags] = useState<MergeTag[]>([])
  const [client, setClient] = useState<PickedClient | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [side, setSide] = useState<WindowSide>('right')
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const body = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    void invoke('templates.list', {}).then((result) => result.ok && setTemplates(result.data))
    void invoke('templates.tags', {}).then((result) => result.ok && setTags(result.data))
    void invoke('letters.windowSide', {}).then((result) => result.ok && setSide(result.data.side))
  }, [])

  useEffect(() => {
    void invoke('templates.get', { code }).then((result) => {
      if (!result.ok) return setError(result.error.message)
      setTemplate(result.data)
      setDraft({ subject: result.data.subject, body: result.data.body })
    })
  }, [code])

  useEffect(() => {
    if (!client || !template) return setPreview(null)
    const timer = window.setTimeout(() => {
      void invoke('letters.preview', { clientId: client.id, code, draft }).then((result) => {
        if (result.ok) setPreview(result.data)
        else setError(result.error.details?.fields ? Object.values(result.error.details.fields).join(' ') : result.error.message)
      })
    }, PREVIEW_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [client, code, draft, template, side])

  function insert(tag: string) {
    const area = body.current
    const at = area?.selectionStart ?? draft.body.length
    setDraft((current) => ({ ...current, body: `${current.body.slice(0, at)}${tag}${current.body.slice(area?.selectionEnd ?? at)}` }))
  }

  async function save() {
    const result = await invoke('templates.update', { code, ...draft })
    if (!result.ok) return setError(result.error.details?.fields ? Object.values(result.error.details.fields).join(' ') : result.error.message)
    setError(null)
    setTemplate(result.data)
    setStatus(t.saved)
    setTemplates((list) => list.map((item) => (item.code === code ? { ...item, modified: result.data.modified } : item)))
  }

  async function reset() {
    const result = await invoke('templates.reset', { code })
    if (!result.ok) return setError(result.error.message)
    setTemplate(result.data)
    setDraft({ subject: result.data.subject, body: result.data.body })
    setStatus(t.resetDone)
    setTemplates((list) => list.map((item) => (item.code === code ? { ...item, modified: false } : item)))
  }

  async function chooseSide(next: WindowSide) {
    const result = await invoke('letters.setWindowSide', { side: next })
    if (result.ok) setSide(result.data.side)
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
            <button type="button" onClick={() => void save()}>{t.save}</button>
            {template?.modified ? (
              <button type="button" className="secondary" onClick={() => void reset()}>{t.reset}</button>
            ) : null}
          </div>
          {status ? <p className="notice" role="status">{status}</p> : null}
          {error ? <p className="field-error" role="alert">{error}</p> : null}
          <h3>{t.tags}</h3>
          <ul className="tags">
            {tags.map((tag) => (
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
