import { useCallback, useEffect, useState } from 'react'
import type { QueuedLetter, RegisteredLetter } from '../../src-shared/contract/letter-batches'
import { invoke } from '../api'
import { LetterQueue } from '../components/letters/LetterQueue'
import { Outbox } from '../components/letters/Outbox'
import { PrintBatch } from '../components/letters/PrintBatch'
import { RegisteredLetters } from '../components/letters/RegisteredLetters'
import '../components/letters/letters.css'
import { fr } from '../i18n/fr'

const t = fr.letters

/** Courriers: the validated letters to print in one batch, and the registered letters to number after posting. */
export function LettersPage() {
  const [queue, setQueue] = useState<QueuedLetter[] | null>(null)
  const [registered, setRegistered] = useState<RegisteredLetter[]>([])
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const load = useCallback(async () => {
    const [letters, numbered] = await Promise.all([invoke('letters.queue', {}), invoke('letters.registered', {})])
    if (!letters.ok) return setError(letters.error.message)
    setQueue(letters.data)
    setSelected(new Set(letters.data.map((letter) => letter.actionId)))
    if (numbered.ok) setRegistered(numbered.data)
  }, [])

  useEffect(() => {
    void load()
  }, [load])

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
              void load()
            }}
          />
        ) : null}
        {notice ? <p className="notice" role="status">{notice}</p> : null}
      </section>
      <RegisteredLetters letters={registered} onSaved={() => void load()} />
      <Outbox />
    </section>
  )
}
