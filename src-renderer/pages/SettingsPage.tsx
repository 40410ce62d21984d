import { useState } from 'react'
import { AgingLimitsPanel } from '../components/aging/AgingLimitsPanel'
import { BackupsPanel } from '../components/BackupsPanel'
import { CompanyForm } from '../components/CompanyForm'
import { DemoButton } from '../components/DemoButton'
import { RatesPanel } from '../components/RatesPanel'
import { fr } from '../i18n/fr'

/** Paramètres: the company's identity, the rate tables and the demonstration dossier; scenarios, templates and mail come with their engines. */
export function SettingsPage() {
  // The demonstration fills an empty company identity: reload the form after it.
  const [version, setVersion] = useState(0)
  return (
    <section className="settings">
      <div className="page-header">
        <div>
          <h1>{fr.nav.settings}</h1>
          <p className="muted">{fr.settings.intro}</p>
        </div>
      </div>
      <CompanyForm key={version} />
      <RatesPanel />
      <AgingLimitsPanel />
      <BackupsPanel />
      <section className="panel" aria-label={fr.demo.title}>
        <h2>{fr.demo.title}</h2>
        <p className="muted">{fr.demo.intro}</p>
        <DemoButton onLoaded={() => setVersion((v) => v + 1)} />
      </section>
      <section className="panel planned-inline">
        <h2>{fr.settings.comingTitle} <span className="badge">{fr.planned.badge}</span></h2>
        <ul>{fr.settings.coming.map((line) => <li key={line}>{line}</li>)}</ul>
      </section>
    </section>
  )
}
