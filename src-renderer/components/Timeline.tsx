import { useState, type FormEvent } from 'react'
import type { TimelineEntry } from '../../src-shared/contract/timeline'
import { formatFrenchDate } from '../../src-shared/dates'
import { fr } from '../i18n/fr'
import { useMutation } from '../use-channel'
// Courriers (#12)
import { ClientLetters } from './letters/ClientLetters'

const t = fr.timeline

interface TimelineProps {
  clientId: number
  entries: TimelineEntry[]
  onChanged(): void
}

/** The client's dated history (notes, payments, disputes…), newest first, with a note box. */
export function Timeline({ clientId, entries, onChanged }: TimelineProps) {
  const [note, setNote] = useState('')
  const adding = useMutation('timeline.addNote')
  const error = adding.error ? (adding.fieldErrors.body ?? adding.error.message) : null

  async function addNote(event: FormEvent) {
    event.preventDefault()
    const result = await adding.run({ clientId, body: note })
    if (!result.ok) return
    setNote('')
    onChanged()
  }

  return (
    <section className="panel timeline" aria-label={t.title}>
      <h2>{t.title}</h2>
      <form className="note-form" onSubmit={addNote} noValidate>
        <label htmlFor="timeline-note" className="visually-hidden">{t.newNote}</label>
        <textarea
          id="timeline-note"
          rows={2}
          placeholder={t.placeholder}
          value={note}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'timeline-note-error' : undefined}
          onChange={(event) => setNote(event.target.value)}
        />
        <button type="submit" disabled={adding.pending}>{t.add}</button>
      </form>
      {error ? <p className="field-error" id="timeline-note-error" role="alert">{error}</p> : null}
      {entries.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <ol className="timeline-list">
          {entries.map((entry) => (
            <li key={entry.id} className={`kind-${entry.kind}`}>
              <time dateTime={entry.occurredOn}>{formatFrenchDate(entry.occurredOn)}</time>
              <span className="timeline-kind">{t.kinds[entry.kind as keyof typeof t.kinds] ?? entry.kind}</span>
              <span className="timeline-body">{entry.body}</span>
            </li>
          ))}
        </ol>
      )}
      <ClientLetters clientId={clientId} version={entries.length} />
    </section>
  )
}
