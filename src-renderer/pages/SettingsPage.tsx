import { CompanyForm } from '../components/CompanyForm'
import { fr } from '../i18n/fr'

/** Paramètres: the company's identity today; rates, scenarios, templates and mail come with their engines. */
export function SettingsPage() {
  return (
    <section className="settings">
      <div className="page-header">
        <div>
          <h1>{fr.nav.settings}</h1>
          <p className="muted">{fr.settings.intro}</p>
        </div>
      </div>
      <CompanyForm />
      <section className="panel planned-inline">
        <h2>{fr.settings.comingTitle} <span className="badge">{fr.planned.badge}</span></h2>
        <ul>{fr.settings.coming.map((line) => <li key={line}>{line}</li>)}</ul>
      </section>
    </section>
  )
}
