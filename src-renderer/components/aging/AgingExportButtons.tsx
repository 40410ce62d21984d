import { useState } from 'react'
import { EXPORT_FORMATS, type ExportedFile, type ExportFormat } from '../../../src-shared/contract/aging'
import { invoke } from '../../api'
import { fr } from '../../i18n/fr'
import { agingQuery, useAging } from '../../stores/aging'

const t = fr.aging.export

/** Hands a file made by the core to the browser's (or Electron's) download, through a Blob URL. */
function download(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.click()
  // The click has handed the URL over; keeping it a moment lets a slow download start.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** CSV, Excel and PDF of the whole balance as filtered and sorted on screen (every row, not only those shown). */
export function AgingExportButtons() {
  const filters = useAging()
  const [working, setWorking] = useState<ExportFormat | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  async function exportAs(format: ExportFormat) {
    const query = agingQuery(filters)
    if (!query) return
    setWorking(format)
    setMessage(null)
    const result = await invoke('aging.export', { ...query, format })
    setWorking(null)
    if (!result.ok) return setMessage({ ok: false, text: result.error.message })
    download(result.data)
    setMessage({ ok: true, text: t.done(result.data.fileName) })
  }

  return (
    <div className="aging-export">
      <div className="actions" role="group" aria-label={t.label}>
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" className="secondary" title={t.titles[format]} disabled={working !== null} onClick={() => void exportAs(format)}>
            {working === format ? t.working : t.formats[format]}
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
