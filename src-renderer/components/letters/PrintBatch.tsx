import { useEffect, useRef, useState } from 'react'
import type { BatchJob, PrintedJob } from '../../../src-shared/contract/letter-batches'
import { invoke } from '../../api'
import { downloadFile } from '../../download-file'
import { fr } from '../../i18n/fr'

const t = fr.letters
const POLL_MS = 250

interface PrintBatchProps {
  selected: number[]
  /** Called once the letters are marked printed, with what to tell the user: the queue has changed. */
  onPrinted(message: string): void
}

/**
 * Prints the selection: the core renders in the background while this polls its
 * progress (cancel stops it); the merged PDF downloads when it is ready, then the
 * bordereau and « marquer comme imprimé » are offered.
 */
export function PrintBatch({ selected, onPrinted }: PrintBatchProps) {
  const [duplex, setDuplex] = useState(true)
  const [folder, setFolder] = useState('')
  const [job, setJob] = useState<BatchJob | null>(null)
  const [recording, setRecording] = useState<PrintedJob | null>(null)
  const [error, setError] = useState<string | null>(null)
  const timer = useRef<number | null>(null)

  useEffect(() => () => {
    if (timer.current !== null) window.clearTimeout(timer.current)
  }, [])

  async function follow(jobId: string) {
    const result = await invoke('letters.batch', { jobId })
    if (!result.ok) return setError(result.error.message)
    setJob(result.data)
    if (result.data.state === 'rendering') {
      timer.current = window.setTimeout(() => void follow(jobId), POLL_MS)
    } else if (result.data.state === 'done') {
      await download(jobId)
    } else if (result.data.state === 'failed') {
      setError(result.data.error)
    }
  }

  async function download(jobId: string) {
    const file = await invoke('letters.batchPdf', { jobId })
    if (file.ok) downloadFile(file.data)
    else setError(file.error.message)
  }

  async function start() {
    setError(null)
    const result = await invoke('letters.startBatch', { actionIds: selected, duplex, folder: folder.trim() === '' ? undefined : folder })
    if (!result.ok) return setError(result.error.details?.fields?.folder ?? result.error.message)
    await follow(result.data.jobId)
  }

  async function cancel() {
    if (job) await invoke('letters.cancelBatch', { jobId: job.jobId })
  }

  async function bordereau() {
    if (!job?.letterDate) return
    const file = await invoke('letters.registeredList', { actionIds: job.printed.map((letter) => letter.actionId), letterDate: job.letterDate })
    if (file.ok) downloadFile(file.data)
    else setError(file.error.message)
  }

  async function markPrinted() {
    if (!job?.letterDate) return
    setError(null)
    const result = await invoke('letters.markPrinted', { actionIds: job.printed.map((letter) => letter.actionId), letterDate: job.letterDate })
    if (!result.ok) return setError(result.error.message)
    await followRecording(result.data.jobId)
  }

  /** « Marquer comme imprimé » runs in the background too: a backup of the dossier first, then each letter stored. */
  async function followRecording(jobId: string) {
    const result = await invoke('letters.printedJob', { jobId })
    if (!result.ok) return setError(result.error.message)
    setRecording(result.data)
    if (result.data.state === 'running') {
      timer.current = window.setTimeout(() => void followRecording(jobId), POLL_MS)
    } else if (result.data.state === 'done') {
      setRecording(null)
      setJob(null)
      onPrinted(t.marked(result.data.printed, result.data.backup))
    } else if (result.data.state === 'failed') {
      setError(result.data.error)
    }
  }

  const rendering = job?.state === 'rendering' || recording?.state === 'running'
  const done = job?.state === 'done' ? job : null
  const pages = done ? done.printed.reduce((sum, letter) => sum + letter.pages + (duplex ? letter.pages % 2 : 0), 0) : 0
  const hasRegistered = done !== null && done.printed.length > 0
  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0
  const recordingPercent = recording?.phase === 'rendering' && recording.total > 0 ? Math.round((recording.done / recording.total) * 100) : 0

  return (
    <div className="print-batch">
      <div className="letter-options">
        <label className="inline-check">
          <input type="checkbox" checked={duplex} onChange={(event) => setDuplex(event.target.checked)} disabled={rendering} /> {t.duplex}
        </label>
        <label className="field">
          <span>{t.folder}</span>
          <input type="text" value={folder} placeholder={t.folderHint} onChange={(event) => setFolder(event.target.value)} disabled={rendering} />
        </label>
      </div>
      <div className="actions">
        <button type="button" onClick={() => void start()} disabled={selected.length === 0 || rendering}>
          {t.print(selected.length)}
        </button>
      </div>
      {job?.state === 'rendering' ? (
        <div className="batch-progress">
          <span>{t.rendering(job.done, job.total)}</span>
          <div className="progress-track" role="progressbar" aria-label={t.rendering(job.done, job.total)} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
            <div className="progress-fill" style={{ width: `${percent}%` }} />
          </div>
          <div>
            <button type="button" className="secondary" onClick={() => void cancel()}>{t.cancel}</button>
          </div>
        </div>
      ) : null}
      {job?.state === 'cancelled' ? <p className="muted" role="status">{t.cancelled}</p> : null}
      {recording?.state === 'running' ? (
        <div className="batch-progress">
          <span>{recording.phase === 'rendering' ? t.recording(recording.done, recording.total) : t.backingUp}</span>
          <div className="progress-track" role="progressbar" aria-label={t.recordingLabel} aria-valuemin={0} aria-valuemax={100} aria-valuenow={recordingPercent}>
            <div className="progress-fill" style={{ width: `${recordingPercent}%` }} />
          </div>
          <div>
            <button type="button" className="secondary" onClick={() => void invoke('letters.cancelPrinted', { jobId: recording.jobId })}>{t.cancel}</button>
          </div>
        </div>
      ) : null}
      {recording?.state === 'cancelled' ? <p className="muted" role="status">{t.recordingCancelled}</p> : null}
      {done && recording?.state !== 'running' ? (
        <div className="batch-outcome panel" role="status">
          <strong>{t.ready(done.printed.length, pages)}</strong>
          {done.files.length > 0 ? <span className="muted">{t.files(done.files.length)}</span> : null}
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void download(done.jobId)}>{t.download}</button>
            {hasRegistered ? <button type="button" className="secondary" onClick={() => void bordereau()}>{t.bordereau}</button> : null}
            <button type="button" onClick={() => void markPrinted()}>{t.markPrinted}</button>
          </div>
        </div>
      ) : null}
      {job && job.refused.length > 0 ? (
        <div role="alert">
          <strong>{t.refusedTitle}</strong>
          <ul className="refused-list">
            {job.refused.map((letter) => (
              <li key={letter.actionId}>
                {letter.clientName} : {letter.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </div>
  )
}
