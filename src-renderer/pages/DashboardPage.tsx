import { useEffect, useState } from 'react'
import type { DashboardSummary } from '../../src-shared/contract/dashboard'
import { formatEuros } from '../../src-shared/money'
import { invoke } from '../api'
import { fr } from '../i18n/fr'
import { useNavigation } from '../stores/navigation'

const t = fr.dashboard

/** First cut of the dashboard: what is owed, what is late, and who owes the most. */
export function DashboardPage() {
  const [summary, setSummary] = useState<DashboardSummary | null>(null)
  const [error, setError] = useState<string | null>(null)
  const go = useNavigation((state) => state.go)

  useEffect(() => {
    void invoke('dashboard.summary', {}).then((result) => (result.ok ? setSummary(result.data) : setError(result.error.message)))
  }, [])

  if (error) return <p className="error-text" role="alert">{error}</p>
  if (!summary) return <p className="muted">{fr.common.loading}</p>
  const share = summary.outstandingCents > 0 ? Math.round((summary.overdueCents / summary.outstandingCents) * 100) : 0

  return (
    <section className="dashboard">
      <div className="page-header">
        <div>
          <h1>{fr.nav.dashboard}</h1>
          <p className="muted">{t.intro}</p>
        </div>
      </div>
      <div className="kpis" role="list" aria-label={t.figures}>
        <div className="kpi" role="listitem"><span>{t.outstanding}</span><strong>{formatEuros(summary.outstandingCents)}</strong></div>
        <div className={`kpi${summary.overdueCents > 0 ? ' danger' : ''}`} role="listitem">
          <span>{t.overdue}</span>
          <strong>{formatEuros(summary.overdueCents)}</strong>
          <small className="muted">{t.share(share)}</small>
        </div>
        <div className="kpi" role="listitem"><span>{t.lateInvoices}</span><strong>{summary.lateInvoiceCount.toLocaleString('fr-FR')}</strong></div>
        <div className="kpi" role="listitem"><span>{t.credits}</span><strong>{formatEuros(summary.unallocatedCreditCents)}</strong></div>
      </div>
      <section className="panel" aria-label={t.topDebtors}>
        <h2>{t.topDebtors}</h2>
        {summary.topDebtors.length === 0 ? (
          <p className="muted">{t.noDebtors}</p>
        ) : (
          <table className="grid" aria-label={t.topDebtors}>
            <thead>
              <tr>
                <th scope="col">{fr.clients.columns.code}</th>
                <th scope="col">{fr.clients.columns.name}</th>
                <th scope="col" className="num">{fr.clients.columns.balance}</th>
                <th scope="col" className="num">{fr.clients.columns.overdue}</th>
              </tr>
            </thead>
            <tbody>
              {summary.topDebtors.map((debtor) => (
                <tr key={debtor.clientId} className="clickable" onClick={() => go('clients', debtor.clientId)}>
                  <td className="code">{debtor.code}</td>
                  <td>
                    <a href={`#/clients/${debtor.clientId}`} onClick={(event) => { event.preventDefault(); go('clients', debtor.clientId) }}>
                      {debtor.name}
                    </a>
                  </td>
                  <td className="num">{formatEuros(debtor.balanceCents)}</td>
                  <td className={`num${debtor.overdueCents > 0 ? ' overdue' : ''}`}>{formatEuros(debtor.overdueCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel planned-inline">
        <h2>{t.comingTitle} <span className="badge">{fr.planned.badge}</span></h2>
        <ul>{t.coming.map((line) => <li key={line}>{line}</li>)}</ul>
      </section>
    </section>
  )
}
