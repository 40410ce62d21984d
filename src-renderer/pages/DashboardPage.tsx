import { useState } from 'react'
import { AgingChart } from '../components/dashboard/AgingChart'
import { CashForecastChart } from '../components/dashboard/CashForecastChart'
import { DashboardKpis } from '../components/dashboard/DashboardKpis'
import { EmptyDossier } from '../components/dashboard/EmptyDossier'
import { TopDebtorsTable } from '../components/dashboard/TopDebtorsTable'
// Échéanciers (#13)
import { PlanInflows } from '../components/dashboard/PlanInflows'
import { fr } from '../i18n/fr'
import { useNavigation } from '../stores/navigation'
import { useQuery } from '../use-channel'

const t = fr.dashboard

/** The dossier at a glance: what is owed and how late, who owes the most, what came in and what should. */
export function DashboardPage() {
  const go = useNavigation((state) => state.go)

  const [notice, setNotice] = useState<string | null>(null)
  // Bumped when the demonstration fills an empty dossier, so that the figures load again.
  const [version, setVersion] = useState(0)

  // The forecast takes longer (a year of payment history): asked at the same time, shown when it comes.
  const summaryQuery = useQuery('dashboard.summary', {}, version)
  const forecastQuery = useQuery('dashboard.forecast', {}, version)
  const summary = summaryQuery.data ?? null
  const forecast = forecastQuery.data ?? null
  const error = (summaryQuery.error ?? forecastQuery.error)?.message ?? null

  if (error) return <p className="error-text" role="alert">{error}</p>
  if (!summary) return <p className="muted">{fr.common.loading}</p>
  if (summary.clientCount === 0) {
    return <EmptyDossier onDemoLoaded={(text) => { setNotice(text); setVersion((v) => v + 1) }} />
  }

  return (
    <section className="dashboard">
      <div className="page-header">
        <div>
          <h1>{fr.nav.dashboard}</h1>
          <p className="muted">{t.intro}</p>
        </div>
      </div>
      {notice ? <p className="notice" role="status">{notice}</p> : null}
      <DashboardKpis summary={summary} />
      <div className="dashboard-charts">
        <section className="panel" aria-labelledby="dashboard-aging">
          <h2 id="dashboard-aging">{t.aging}</h2>
          <AgingChart buckets={summary.aging} creditCents={summary.unallocatedCreditCents} />
          <p className="panel-link">
            <a href="#/aging" onClick={(event) => { event.preventDefault(); go('aging') }}>{t.agingLink}</a>
          </p>
        </section>
        <section className="panel" aria-labelledby="dashboard-forecast">
          <h2 id="dashboard-forecast">{t.forecast}</h2>
          {forecast ? <CashForecastChart forecast={forecast} /> : <p className="muted">{t.forecastLoading}</p>}
        </section>
      </div>
      <PlanInflows version={version} />
      <section className="panel" aria-labelledby="dashboard-debtors">
        <h2 id="dashboard-debtors">{t.topDebtors}</h2>
        <TopDebtorsTable debtors={summary.topDebtors} />
      </section>
    </section>
  )
}
