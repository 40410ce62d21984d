import { fr } from '../../i18n/fr'
import { useNavigation } from '../../stores/navigation'
import { DemoButton } from '../DemoButton'

const t = fr.dashboard.empty

/** The first screen of a new dossier: no figures to show yet, so the three ways to fill it. */
export function EmptyDossier({ onDemoLoaded }: { onDemoLoaded(summary: string): void }) {
  const go = useNavigation((state) => state.go)
  return (
    <section className="dashboard">
      <div className="page-header">
        <div>
          <h1>{fr.nav.dashboard}</h1>
          <p className="muted">{t.intro}</p>
        </div>
      </div>
      <div className="empty">
        <h2>{t.title}</h2>
        <p className="muted">{t.hint}</p>
        <div className="actions">
          <button type="button" onClick={() => go('clients')}>{t.clients}</button>
          <button type="button" className="secondary" onClick={() => go('import')}>{t.import}</button>
        </div>
        <p className="muted">{fr.demo.intro}</p>
        <DemoButton onLoaded={onDemoLoaded} />
      </div>
    </section>
  )
}
