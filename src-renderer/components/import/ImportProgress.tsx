import { useId } from 'react'
import { fr } from '../../i18n/fr'

const t = fr.importing.progress

interface ImportProgressProps {
  fileName: string
  /** What is being done now: « Lecture et vérification du fichier… ». */
  phase: string
  /** Bytes done and to do; null while the amount of work is unknown (an indeterminate bar). */
  bytes: { done: number; total: number } | null
  /** What `bytes` counts: bytes of the file (the default), or rows written into the dossier. */
  unit?: 'bytes' | 'rows'
  onCancel(): void
  /** Why cancelling is not possible now; the button is then disabled and says why. */
  cannotCancel?: string
}

/** The progress of an upload or of an import job: a real bar, its percentage, and « Annuler ». */
export function ImportProgress({ fileName, phase, bytes, unit = 'bytes', onCancel, cannotCancel }: ImportProgressProps) {
  const reasonId = useId()
  const percent = bytes && bytes.total > 0 ? Math.min(100, Math.floor((bytes.done / bytes.total) * 100)) : null
  return (
    <section className="panel import-progress" aria-label={t.label}>
      <div className="import-progress-head">
        <div>
          <p className="import-file-name">{fileName}</p>
          <p className="muted" aria-live="polite">{phase}</p>
        </div>
        {percent === null ? null : <strong className="import-percent">{percent} %</strong>}
      </div>
      <div
        className={`progress-track${percent === null ? ' indeterminate' : ''}`}
        role="progressbar"
        aria-label={phase}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
      <div className="import-progress-foot">
        <span className="muted">
          {bytes && bytes.total > 0
            ? unit === 'rows'
              ? t.rows(bytes.done, bytes.total)
              : t.bytes(fr.importing.size(bytes.done), fr.importing.size(bytes.total))
            : null}
        </span>
        <button type="button" className="secondary" onClick={onCancel} disabled={Boolean(cannotCancel)} aria-describedby={cannotCancel ? reasonId : undefined}>
          {t.cancel}
        </button>
      </div>
      {cannotCancel ? (
        <p className="field-hint import-no-cancel" id={reasonId}>
          {cannotCancel}
        </p>
      ) : null}
    </section>
  )
}
