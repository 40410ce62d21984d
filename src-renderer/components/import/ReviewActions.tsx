import { fr } from '../../i18n/fr'

const t = fr.importing

interface ReviewActionsProps {
  /** Why the import cannot start yet (required fields not mapped); null when it can. */
  blocked: string | null
  /** Said when nothing blocks, e.g. that every required field is mapped. */
  ready?: string
  /** The core's refusal of the last start. */
  error: string | null
  onBack(): void
  onStart(): void
}

/** The bar under the review: what still blocks the import, « Changer de fichier » and « Importer ». */
export function ReviewActions({ blocked, ready, error, onBack, onStart }: ReviewActionsProps) {
  return (
    <div className="import-actions">
      <div className="import-actions-status">
        {error ? (
          <p className="error-text" role="alert">{error}</p>
        ) : blocked ? (
          <p className="import-blocked" id="import-blocked" role="status">{blocked}</p>
        ) : ready ? (
          <p className="import-ready" role="status">{ready}</p>
        ) : null}
      </div>
      <button type="button" className="secondary" onClick={onBack}>
        {t.file.change}
      </button>
      <button type="button" disabled={blocked !== null} aria-describedby={blocked ? 'import-blocked' : undefined} onClick={onStart}>
        {t.start}
      </button>
    </div>
  )
}
