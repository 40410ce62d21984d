import { useEffect } from 'react'
import { formatEuros } from '../../src-shared/money'
import { AgingExportButtons } from '../components/aging/AgingExportButtons'
import { AgingFilters } from '../components/aging/AgingFilters'
import { AgingStackedBar } from '../components/aging/AgingStackedBar'
import { AgingTable } from '../components/aging/AgingTable'
import { formatShare } from '../components/dashboard/format-share'
import { fr } from '../i18n/fr'
import { AGING_PAGE, isFiltered, useAging } from '../stores/aging'
import { useDossier } from '../stores/dossier'

const t = fr.aging

/** Balance âgée: who owes what as of a date, by age of the debt, with the dossier's DSO, down to each client's invoices. */
export function AgingPage() {
  const aging = useAging()
  const { report, rows, sort, descending, sortBy, load, showMore, loading, loadingMore, error } = aging
  const today = useDossier((state) => state.info?.today)

  useEffect(() => {
    void load()
  }, [load])

  const totals = report?.totals
  const owed = totals ? totals.bucketCents.reduce((sum, cents) => sum + cents, 0) : 0
  const late = totals ? totals.bucketCents.slice(1).reduce((sum, cents) => sum + cents, 0) : 0
  const remaining = totals ? totals.clientCount - rows.length : 0

  return (
    <section className="aging-page">
      <div className="page-header">
        <div>
          <h1>{fr.nav.aging}</h1>
          <p className="muted">{t.intro}</p>
        </div>
        <AgingExportButtons />
      </div>

      {report && totals ? (
        <div className="kpis" role="list" aria-label={t.figures}>
          <div className="kpi" role="listitem">
            <span>{t.total}</span>
            <strong>{formatEuros(totals.totalCents)}</strong>
            <small className="muted">{t.credits(formatEuros(totals.creditCents))}</small>
          </div>
          <div className={`kpi${late > 0 ? ' danger' : ''}`} role="listitem">
            <span>{t.late}</span>
            <strong>{formatEuros(late)}</strong>
            <small className="muted">{t.lateShare(formatShare(owed > 0 ? late / owed : 0))}</small>
          </div>
          <div className="kpi" role="listitem">
            <span>{t.dso}</span>
            <strong>{report.dsoDays === null ? '—' : t.dsoDays(report.dsoDays)}</strong>
            <small className="muted">{report.dsoDays === null ? t.dsoUnknown : t.dsoHint}</small>
          </div>
          <div className="kpi" role="listitem">
            <span>{fr.clients.title}</span>
            <strong>{totals.clientCount.toLocaleString('fr-FR')}</strong>
          </div>
        </div>
      ) : null}

      {report && totals ? (
        <section className="panel" aria-label={t.chart}>
          <h2>{t.chart}</h2>
          <AgingStackedBar buckets={report.buckets} bucketCents={totals.bucketCents} />
        </section>
      ) : null}

      {today ? <AgingFilters today={today} /> : null}
      {error ? <p className="error-text" role="alert">{error}</p> : null}

      {!report ? (
        <p className="muted">{fr.common.loading}</p>
      ) : rows.length === 0 ? (
        <div className="empty">
          <p>{isFiltered(aging) ? t.noMatch : t.empty}</p>
        </div>
      ) : (
        <div className={loading ? 'aging-list loading' : 'aging-list'}>
          <AgingTable report={report} rows={rows} sort={sort} descending={descending} onSort={sortBy} busy={loading} />
          <div className="show-more">
            <p className="muted">{t.shown(rows.length, report.totals.clientCount)}</p>
            {remaining > 0 ? (
              <button type="button" className="secondary" disabled={loadingMore} onClick={() => void showMore()}>
                {t.showMore(Math.min(AGING_PAGE, remaining))}
              </button>
            ) : null}
          </div>
        </div>
      )}
    </section>
  )
}
