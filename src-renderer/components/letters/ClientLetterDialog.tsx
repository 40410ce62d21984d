import { useEffect, useState } from 'react'
import type { LetterPreview as Preview, TemplateSummary } from '../../../src-shared/contract/templates'
import { invoke } from '../../api'
import { downloadFile } from '../../download-file'
import { fr } from '../../i18n/fr'
import { Dialog } from '../Dialog'
import { Field } from '../Field'
import { LetterPreview } from './LetterPreview'

const t = fr.letters.clientLetter

/** One letter on demand from the client file: choose the template and the date, see it, save the PDF to print. */
export function ClientLetterDialog({ clientId, today, onClose }: { clientId: number; today: string; onClose(): void }) {
  const [templates, setTemplates] = useState<TemplateSummary[]>([])
  const [code, setCode] = useState('relance-1')
  const [asOf, setAsOf] = useState(today)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void invoke('templates.list', {}).then((result) => result.ok && setTemplates(result.data.filter((item) => item.channel !== 'phone')))
  }, [])

  useEffect(() => {
    void invoke('letters.preview', { clientId, code, asOf }).then((result) => {
      if (result.ok) {
        setPreview(result.data)
        setError(null)
      } else setError(result.error.message)
    })
  }, [clientId, code, asOf])

  async function save() {
    const file = await invoke('letters.render', { clientId, code, asOf })
    if (file.ok) downloadFile(file.data)
    else setError(file.error.message)
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
        <button type="button" onClick={() => void save()} disabled={!preview || preview.problems.length > 0}>{t.save}</button>
      </div>
      <div className="template-editor single">
        <LetterPreview preview={preview} />
      </div>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </Dialog>
  )
}
