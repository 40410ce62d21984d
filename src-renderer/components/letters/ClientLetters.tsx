import { formatFrenchDate } from '../../../src-shared/dates'
import { downloadFile } from '../../download-file'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'

const t = fr.letters

/** The client's letters as printed (and e-mails' attachments), each re-opened byte for byte. */
export function ClientLetters({ clientId, version }: { clientId: number; version: number }) {
  const stored = useQuery('letters.clientLetters', { clientId }, version)
  const letters = stored.data ?? []
  const storedPdf = useMutation('letters.storedPdf')
  const error = (storedPdf.error ?? stored.error)?.message ?? null

  async function open(actionId: number) {
    const file = await storedPdf.run({ actionId })
    if (file.ok) downloadFile(file.data)
  }

  if (letters.length === 0) return error ? <p className="field-error" role="alert">{error}</p> : null
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
