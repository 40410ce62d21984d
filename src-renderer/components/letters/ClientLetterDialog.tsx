import { useState } from 'react'
import { downloadFile } from '../../download-file'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
import { Dialog } from '../Dialog'
import { Field } from '../Field'
import { LetterPreview } from './LetterPreview'

const t = fr.letters.clientLetter

/** One letter on demand from the client file: choose the template and the date, see it, save the PDF to print. */
export function ClientLetterDialog({ clientId, today, onClose }: { clientId: number; today: string; onClose(): void }) {
  const [code, setCode] = useState('relance-1')
  const [asOf, setAsOf] = useState(today)
  const list = useQuery('templates.list', {})
  const templates = (list.data ?? []).filter((item) => item.channel !== 'phone')
  const previewed = useQuery('letters.preview', { clientId, code, asOf })
  const preview = previewed.data ?? null
  const render = useMutation('letters.render')
  const error = (render.error ?? previewed.error ?? list.error)?.message ?? null

  async function save() {
    const file = await render.run({ clientId, code, asOf })
    if (file.ok) downloadFile(file.data)
  }

  return (
    <Dialog title={t.title} className="client-letter-dialog" onCancel={onClose}>
      <div className="toolbar">
        <Field id="client-letter-template" label={t.template}>
          {(props) => (
            <select {...props} value={code} onChange={(event) => setCode(event.target.value)}>
              {templates.map((item) => (
                <option key={item.code} value={item.code}>{item.name}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="client-letter-date" label={t.date}>
          {(props) => <input {...props} type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onClose}>{fr.common.close}</button>
        <button type="button" onClick={() => void save()} disabled={!preview || preview.problems.length > 0 || render.pending}>{t.save}</button>
      </div>
      <div className="template-editor single">
        <LetterPreview preview={preview} />
      </div>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </Dialog>
  )
}
