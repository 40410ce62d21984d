import type { ImportPreview } from '../../../src-shared/contract/imports'
import { fr } from '../../i18n/fr'

const t = fr.importing.file

/** The file under review and what was detected in it, with the way back to choosing another. */
export function ImportFileHeader({ preview, onChange }: { preview: ImportPreview; onChange(): void }) {
  const facts = [
    t.kinds[preview.kind],
    preview.encoding ? t.encoding(t.encodings[preview.encoding] ?? preview.encoding) : null,
    preview.separator ? t.separator(t.separators[preview.separator] ?? preview.separator) : null,
    preview.kind === 'fec' ? null : t.columns(preview.headers.length),
  ].filter(Boolean)
  const proposal = preview.kind === 'fec' ? null : preview.presetName ? t.preset(preview.presetName) : t.guessed
  return (
    <div className="panel import-file">
      <svg className="import-file-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z M14 3v5h5 M9 13h6 M9 17h6" />
      </svg>
      <div className="import-file-text">
        <p className="import-file-name">{preview.fileName}</p>
        <p className="muted">{facts.join(' · ')}</p>
        {proposal ? <p className={preview.presetName ? 'import-proposal preset' : 'import-proposal'}>{proposal}</p> : null}
      </div>
      <button type="button" className="secondary" onClick={onChange}>
        {t.change}
      </button>
    </div>
  )
}
