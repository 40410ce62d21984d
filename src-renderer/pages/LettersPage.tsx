import { useEffect, useState } from 'react'
import { LetterQueue } from '../components/letters/LetterQueue'
import { Outbox } from '../components/letters/Outbox'
import { PrintBatch } from '../components/letters/PrintBatch'
import { RegisteredLetters } from '../components/letters/RegisteredLetters'
import '../components/letters/letters.css'
import { fr } from '../i18n/fr'
import { useQuery } from '../use-channel'

const t = fr.letters

/** Courriers: the validated letters to print in one batch, and the registered letters to number after posting. */
export function LettersPage() {
  // Bumped after a print or a numbering: both lists are asked again.
  const [version, setVersion] = useState(0)
  const letters = useQuery('letters.queue', {}, version)
  const numbered = useQuery('letters.registered', {}, version)
  const queue = letters.data ?? null
  const registered = numbered.data ?? []
  const error = (letters.error ?? numbered.error)?.message ?? null
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [notice, setNotice] = useState<string | null>(null)
  const load = () => setVersion((n) => n + 1)

  // Every letter waiting is chosen for the next batch, each time the queue is read.
  useEffect(() => {
    if (letters.data) setSelected(new Set(letters.data.map((letter) => letter.actionId)))
  }, [letters.data])

  const chosen = (queue ?? []).filter((letter) => selected.has(letter.actionId)).map((letter) => letter.actionId)

  return (
    <section className="letters-page">
      <div className="page-header">
        <div>
          <h1>{fr.nav.letters}</h1>
          <p className="muted">{t.intro}</p>
        </div>
      </div>
      <section className="panel" aria-label={t.queueTitle}>
        <h2>{t.queueTitle}</h2>
        {error ? <p className="field-error" role="alert">{error}</p> : null}
        {queue === null ? <p className="muted">{fr.common.loading}</p> : <LetterQueue letters={queue} selected={selected} onSelect={setSelected} />}
        {queue && queue.length > 0 ? (
          <PrintBatch
            selected={chosen}
            onPrinted={(message) => {
              setNotice(message)
              load()
            }}
          />
        ) : null}
        {notice ? <p className="notice" role="status">{notice}</p> : null}
      </section>
      <RegisteredLetters letters={registered} onSaved={load} />
      <Outbox />
    </section>
  )
}
