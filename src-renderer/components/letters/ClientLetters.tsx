import { useEffect, useState } from 'react'
import type { StoredLetter } from '../../../src-shared/contract/letter-batches'
import { formatFrenchDate } from '../../../src-shared/dates'
import { invoke } from '../../api'
import { downloadFile } from '../../download-file'
import { fr } from '../../i18n/fr'

const t = fr.letters

/** The client's letters as printed (and e-mails' attachments), each re-opened byte for byte. */
export function ClientLetters({ clientId, version }: { clientId: number; version: number }) {
  const [letters, setLetters] = useState<StoredLetter[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    void invoke('letters.clientLetters', { clientId }).then((result) => {
      if (current && result.ok) setLetters(result.data)
    })
    return () => {
      current = false
    }
  }, [clientId, version])

  async function open(actionId: number) {
    const file = await invoke('letters.storedPdf', { actionId })
    if (file.ok) downloadFile(file.data)
    else setError(file.error.message)
  }

  if (letters.length === 0) return null
  return (
    <div className="client-letters">
      <h3>{t.clientLettersTitle}</h3>
      <ul>
        {letters.map((letter) => (
          <li key={letter.actionId}>
            <time dateTime={letter.printedOn ?? undefined}>{letter.printedOn ? formatFrenchDate(letter.printedOn) : ''}</time>
            <span>{letter.templateName ?? t.channels[letter.channel]}</span>
            <span className="state-badge">{t.channels[letter.channel]}</span>
            {letter.trackingNumber ? <span className="muted">{t.tracking(letter.trackingNumber)}</span> : null}
            <button type="button" className="small secondary" onClick={() => void open(letter.actionId)}>
              {t.open}
            </button>
          </li>
        ))}
      </ul>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </div>
  )
}
