import type { ImportJob } from '../../../src-shared/contract/imports'
import { fr } from '../../i18n/fr'
import { RejectionTable } from './RejectionTable'

const t = fr.importing.failure

interface ImportFailureProps {
  fileName: string
  error: NonNullable<ImportJob['error']>
  onReview(): void
  onAnother(): void
}

/** A refused import: the core's reason, every bad line, and the dossier left as it was. */
export function ImportFailure({ fileName, error, onReview, onAnother }: ImportFailureProps) {
  // The core's message repeats the first bad lines after its first line; the table shows them all.
  const message = error.rejected.length > 0 ? (error.message.split('\n')[0] ?? error.message) : error.message
  return (
    <section className="panel import-outcome failed" aria-labelledby="import-failure-title">
      <div className="import-outcome-head">
        <span className="outcome-icon" aria-hidden="true">!</span>
        <div>
          <h2 id="import-failure-title">{t.title}</h2>
          <p className="muted">{fileName}</p>
        </div>
      </div>
      <p className="form-summary import-failure-message" role="alert">{message}</p>
      {error.rejected.length > 0 ? <RejectionTable rejected={error.rejected} /> : null}
      <div className="import-outcome-actions">
        <button type="button" onClick={onReview}>{t.fix}</button>
        <button type="button" className="secondary" onClick={onAnother}>{t.another}</button>
      </div>
    </section>
  )
}
