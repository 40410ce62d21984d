import { useRef, useState, type DragEvent } from 'react'
import { fr } from '../../i18n/fr'

const t = fr.importing.picker

/** What the import reads; a FEC is a .txt. The core then looks at the bytes, not at the name. */
const ACCEPTED = ['.csv', '.tsv', '.txt', '.xlsx']

interface FilePickerProps {
  onFile(file: File): void
  /** A refusal of the previous attempt (upload, unreadable file), shown under the drop zone. */
  error: string | null
}

/** The drop zone and the « Choisir un fichier… » button of the import's first step. */
export function FilePicker({ onFile, error }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const [refused, setRefused] = useState<string | null>(null)

  function take(files: FileList | null) {
    if (!files || files.length === 0) return
    const [file] = files
    if (files.length > 1 || !file) return setRefused(t.oneFile)
    if (!ACCEPTED.some((extension) => file.name.toLowerCase().endsWith(extension))) return setRefused(t.wrongType(file.name))
    setRefused(null)
    onFile(file)
  }

  function onDrop(event: DragEvent) {
    event.preventDefault()
    setOver(false)
    take(event.dataTransfer.files)
  }

  const message = refused ?? error
  return (
    <section className="panel import-picker" aria-label={t.title}>
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <svg className="drop-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z M14 3v5h5 M12 17v-6 M9.5 13.5 12 11l2.5 2.5" />
        </svg>
        <p className="drop-title">{t.drop}</p>
        <p className="muted">{t.or}</p>
        <button type="button" onClick={() => input.current?.click()}>
          {t.choose}
        </button>
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          accept={ACCEPTED.join(',')}
          // Reached through the button above: one control for keyboards and screen readers.
          aria-hidden="true"
          tabIndex={-1}
          onChange={(event) => {
            take(event.target.files)
            // The same file chosen again (after fixing it) must fire a change.
            event.target.value = ''
          }}
        />
        <p className="field-hint drop-formats">{t.formats}</p>
        <p className="field-hint">{t.local}</p>
      </div>
      {message ? <p className="form-summary" role="alert">{message}</p> : null}
    </section>
  )
}
