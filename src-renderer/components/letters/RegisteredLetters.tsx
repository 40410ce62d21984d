import { useState, type FormEvent } from 'react'
import type { RegisteredLetter } from '../../../src-shared/contract/letter-batches'
import { formatFrenchDate } from '../../../src-shared/dates'
import { fr } from '../../i18n/fr'
import { useMutation } from '../../use-channel'

const t = fr.letters

/** One registered letter and the box for its number, typed after posting. */
function TrackingRow({ letter, onSaved }: { letter: RegisteredLetter; onSaved(): void }) {
  const [number, setNumber] = useState('')
  const saving = useMutation('letters.setTrackingNumber')
  const error = saving.error ? (saving.fieldErrors.trackingNumber ?? saving.error.message) : null
  async function save(event: FormEvent) {
    event.preventDefault()
    const result = await saving.run({ actionId: letter.actionId, trackingNumber: number })
    if (result.ok) onSaved()
  }
  const inputId = `tracking-${letter.actionId}`
  return (
    <tr>
      <td>
        <span className="code">{letter.clientCode}</span> {letter.clientName}
      </td>
      <td>{letter.templateName}</td>
      <td>{letter.printedOn ? formatFrenchDate(letter.printedOn) : ''}</td>
      <td>
        <form className="tracking-form" onSubmit={save} noValidate>
          <label htmlFor={inputId} className="visually-hidden">{t.trackingLabel(letter.clientName)}</label>
          <input id={inputId} value={number} placeholder={t.trackingPlaceholder} aria-invalid={Boolean(error)} onChange={(event) => setNumber(event.target.value)} />
          <button type="submit" className="small" disabled={saving.pending}>{t.saveNumber}</button>
        </form>
        {error ? <p className="field-error" role="alert">{error}</p> : null}
      </td>
    </tr>
  )
}

/** Registered letters printed and waiting for their La Poste number. */
export function RegisteredLetters({ letters, onSaved }: { letters: RegisteredLetter[]; onSaved(): void }) {
  return (
    <section className="panel" aria-label={t.registeredTitle}>
      <h2>{t.registeredTitle}</h2>
      <p className="muted">{t.registeredIntro}</p>
      {letters.length === 0 ? (
        <p className="muted">{t.registeredEmpty}</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th>{t.columns.client}</th>
              <th>{t.columns.template}</th>
              <th>{t.printedOn}</th>
              <th>{t.registeredTitle}</th>
            </tr>
          </thead>
          <tbody>
            {letters.map((letter) => (
              <TrackingRow key={letter.actionId} letter={letter} onSaved={onSaved} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
