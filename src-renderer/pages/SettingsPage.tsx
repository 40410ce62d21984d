import { useState } from 'react'
import { AgingLimitsPanel } from '../components/aging/AgingLimitsPanel'
import { BackupsPanel } from '../components/BackupsPanel'
import { CompanyForm } from '../components/CompanyForm'
import { DemoButton } from '../components/DemoButton'
import { RatesPanel } from '../components/RatesPanel'
import { DunningSettingsPanel } from '../components/reminders/DunningSettingsPanel'
import { ScenarioEditor } from '../components/reminders/ScenarioEditor'
import { fr } from '../i18n/fr'
import { SmtpPanel } from '../components/letters/SmtpPanel'
import { TemplateEditor } from '../components/letters/TemplateEditor'
// Échéanciers (#13)
import { PlanSettingsPanel } from '../components/plans/PlanSettingsPanel'

/** Paramètres: the company's identity, rates, aging limits, reminder scenarios, letter templates, the mail server and the demonstration dossier. */
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
      <ScenarioEditor />
      <DunningSettingsPanel />
      <PlanSettingsPanel />
      <TemplateEditor />
      <SmtpPanel />
      <BackupsPanel />
      <section className="panel" aria-label={fr.demo.title}>
        <h2>{fr.demo.title}</h2>
        <p className="muted">{fr.demo.intro}</p>
        <DemoButton onLoaded={() => setVersion((v) => v + 1)} />
      </section>
    </section>
  )
}
