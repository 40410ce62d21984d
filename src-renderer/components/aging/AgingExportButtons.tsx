import { useState } from 'react'
import { EXPORT_FORMATS, type ExportFormat } from '../../../src-shared/contract/aging'
import { fr } from '../../i18n/fr'
import { downloadFile } from '../../download-file'
import { agingQuery, useAging } from '../../stores/aging'
import { useMutation } from '../../use-channel'

const t = fr.aging.export

/** CSV, Excel and PDF of the whole balance as filtered and sorted on screen (every row, not only those shown). */
export function AgingExportButtons() {
  const filters = useAging()
  const exporting = useMutation('aging.export')
  const [working, setWorking] = useState<ExportFormat | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  async function exportAs(format: ExportFormat) {
    const query = agingQuery(filters)
    if (!query) return
    setWorking(format)
    setMessage(null)
    const result = await exporting.run({ ...query, format })
    if (!result.ok) return setMessage({ ok: false, text: result.error.message })
    downloadFile(result.data)
    setMessage({ ok: true, text: fr.files.downloaded(result.data.fileName) })
  }

  return (
    <div className="aging-export">
      <div className="actions" role="group" aria-label={t.label}>
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" className="secondary" title={t.titles[format]} disabled={exporting.pending} onClick={() => void exportAs(format)}>
            {exporting.pending && working === format ? t.working : t.formats[format]}
          </button>
        ))}
      </div>
      {message ? (
        <p className={message.ok ? 'muted aging-export-note' : 'error-text aging-export-note'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
