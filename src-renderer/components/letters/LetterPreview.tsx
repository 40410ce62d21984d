import { useEffect, useState } from 'react'
import type { LetterPreview as Preview } from '../../../src-shared/contract/templates'
import { fr } from '../../i18n/fr'

const t = fr.letters.editor

/**
 * A filled template as the user will see it: its text (always readable, even where no
 * PDF viewer is available) and the PDF itself, or what is missing.
 */
export function LetterPreview({ preview }: { preview: Preview | null }) {
  const [url, setUrl] = useState<string | null>(null)

  useEffect(() => {
    if (!preview?.pdfBase64) return setUrl(null)
    const bytes = Uint8Array.from(atob(preview.pdfBase64), (char) => char.charCodeAt(0))
    const next = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }))
    setUrl(next)
    return () => URL.revokeObjectURL(next)
  }, [preview?.pdfBase64])

  if (!preview) return null
  if (preview.problems.length > 0) {
    return (
      <div role="alert">
        <strong>{t.problemsTitle}</strong>
        <ul className="problems">
          {preview.problems.map((problem) => (
            <li key={problem.message}>{problem.message}</li>
          ))}
        </ul>
      </div>
    )
  }
  return (
    <div className="letter-preview">
      {preview.text !== null ? <pre aria-label={t.previewText}>{`${preview.subject ?? ''}\n\n${preview.text}`}</pre> : null}
      {url ? <iframe title={t.preview} src={url} /> : null}
    </div>
  )
}
