import { formatFrenchDate } from '../../src-shared/dates'
import { fr } from '../i18n/fr'
import { useDossier } from '../stores/dossier'

/** Which dossier is open and the core's date: the accountant must never wonder which company this is. */
export function DossierBar() {
  const { info, error } = useDossier()
  if (error) return <header className="dossier-bar error-text">{error}</header>
  if (!info) return <header className="dossier-bar">{fr.common.loading}</header>
  return (
    <>
    {info.readOnly ? <p className="error-text read-only-banner" role="alert">{fr.backups.readOnlyBanner}</p> : null}
    <header className="dossier-bar">
      <span>
        <span className="muted">{fr.dossier.label} :</span> <strong>{info.companyName || info.fileName}</strong>
        <span className="muted path" title={info.path}>
          {' '}
          {info.path}
        </span>
      </span>
      <span>
        <span className="muted">{fr.dossier.today} :</span> {formatFrenchDate(info.today)}
      </span>
    </header>
    </>
  )
}
