import type { CashForecast } from '../../../src-shared/contract/dashboard'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'

const t = fr.dashboard

interface Bar {
  label: string
  amountCents: number
  /** The part drawn apart at the bar's start: in week 1, what was expected before today. */
  behindCents: number
  later: boolean
}

/**
 * The eight weeks' expected cash-in as horizontal bars drawn in SVG, one per week and one
 * for what comes later, all on the same scale, each with its amount written beside it.
 * Week 1's bar shows apart, in a lighter shade, the part already expected before today.
 * Beneath, what the bars leave out (disputes) and how the dates were estimated.
 */
export function CashForecastChart({ forecast }: { forecast: CashForecast }) {
  const bars: Bar[] = [
    ...forecast.weeks.map((week, index) => ({
      label: t.week(formatFrenchDate(week.startsOn).slice(0, 5)),
      amountCents: week.amountCents,
      behindCents: index === 0 ? forecast.behindScheduleCents : 0,
      later: false,
    })),
    { label: t.later, amountCents: forecast.laterCents, behindCents: 0, later: true },
  ]
  const largest = Math.max(...bars.map((bar) => bar.amountCents))
  if (largest === 0 && forecast.disputedCents === 0) return <p className="muted">{t.noForecast}</p>
  const scale = (cents: number) => (largest > 0 ? (cents / largest) * 100 : 0)
  const description = t.forecastChart(bars.map((bar) => `${bar.label} ${formatEuros(bar.amountCents)}`).join(', '))
  const basis = forecast.dossierDelayDays === null ? t.noHistory : t.dossierDelay(forecast.dossierDelayDays)

  return (
    <>
      <div className="forecast-chart" role="img" aria-label={description}>
        {bars.map((bar) => (
          <div key={bar.label} className={`bar-row${bar.later ? ' later' : ''}`}>
            <span className="bar-label">{bar.label}</span>
            <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
              <rect className="bar-track" width="100" height="10" />
              <rect className="bar-fill" width={scale(bar.amountCents)} height="10" />
              {bar.behindCents > 0 ? <rect className="bar-behind" width={scale(bar.behindCents)} height="10" /> : null}
            </svg>
            <span className="bar-value">{formatEuros(bar.amountCents)}</span>
          </div>
        ))}
      </div>
      <div className="chart-notes">
        {forecast.behindScheduleCents > 0 ? (
          <p>
            <span className="swatch behind" aria-hidden="true" />
            {t.behindSchedule(formatEuros(forecast.behindScheduleCents))}
          </p>
        ) : null}
        {forecast.disputedCents > 0 ? <p>{t.disputed(formatEuros(forecast.disputedCents))}</p> : null}
        <p className="muted">{`${t.forecastBasis} ; ${basis}`}</p>
      </div>
    </>
  )
}
