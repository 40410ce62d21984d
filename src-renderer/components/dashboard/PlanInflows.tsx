import { addDays, formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { useNavigation } from '../../stores/navigation'
import { useQuery } from '../../use-channel'
import '../plans/plans.css'

const t = fr.plans.inflows

/**
 * What the active payment plans should bring in, week by week over the next eight weeks,
 * drawn as the cash forecast beside it is (same bars, same scale rules), with the total.
 */
export function PlanInflows({ version }: { version: number }) {
  const inflows = useQuery('plans.inflows', {}, version)
  const go = useNavigation((state) => state.go)
  const weeks = inflows.data ?? []
  const largest = Math.max(0, ...weeks.map((week) => week.amountCents))
  const total = weeks.reduce((sum, week) => sum + week.amountCents, 0)
  const description = t.chart(weeks.map((week) => `${fr.dashboard.week(formatFrenchDate(week.weekStart).slice(0, 5))} ${formatEuros(week.amountCents)}`).join(', '))
  return (
    <section className="panel plan-inflows" aria-labelledby="dashboard-plan-inflows">
      <h2 id="dashboard-plan-inflows">{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {inflows.error ? <p className="error-text" role="alert">{inflows.error.message}</p> : null}
      {!inflows.data ? (
        inflows.error ? null : <p className="muted">{fr.common.loading}</p>
      ) : total === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <>
          <div className="forecast-chart" role="img" aria-label={description}>
            {weeks.map((week) => (
              <div key={week.weekStart} className="bar-row" title={fr.dashboard.weekSpan(formatFrenchDate(week.weekStart), formatFrenchDate(addDays(week.weekStart, 6)))}>
                <span className="bar-label">{fr.dashboard.week(formatFrenchDate(week.weekStart).slice(0, 5))}</span>
                <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                  <rect className="bar-track" width="100" height="10" />
                  <rect className="bar-fill" width={largest > 0 ? (week.amountCents / largest) * 100 : 0} height="10" />
                </svg>
                <span className="bar-value">{formatEuros(week.amountCents)}</span>
                <span className="muted bar-count">{week.instalments > 0 ? t.count(week.instalments) : ''}</span>
              </div>
            ))}
          </div>
          <p className="chart-notes">
            <strong>{t.total}</strong> <span className="num">{formatEuros(total)}</span>
          </p>
        </>
      )}
      <p className="panel-link">
        <a href="#/plans" onClick={(event) => { event.preventDefault(); go('plans') }}>{t.link}</a>
      </p>
    </section>
  )
}
