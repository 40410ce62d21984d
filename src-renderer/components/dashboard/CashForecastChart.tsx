import { useState } from 'react'
import type { CashForecast } from '../../../src-shared/contract/dashboard'
import { addDays, formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { useMutation } from '../../use-channel'
import './cash-forecast.css'

const t = fr.dashboard

/** The limits offered for « incertain »: the dossier's own is added if it is another. */
const UNCERTAIN_CHOICES = [30, 45, 60, 90, 120, 180]

interface Bar {
  label: string
  title: string
  amountCents: number
  /** The part drawn apart at the bar's end: spread from invoices behind their client's habit. */
  behindCents: number
  later: boolean
}

/**
 * The eight weeks' expected cash-in as horizontal bars drawn in SVG, one per week (Monday
 * to Sunday) and one for what comes later, all on the same scale, each with its amount
 * written beside it. Each week's bar shows apart, in a lighter shade, what was spread
 * there from invoices already behind their client's habit. Beneath, what the bars leave
 * out (very late invoices, disputes), the limit of « very late », and the method in words.
 */
export function CashForecastChart({ forecast: initial }: { forecast: CashForecast }) {
  const [forecast, setForecast] = useState(initial)
  const saving = useMutation('dashboard.saveForecastSettings')
  const bars: Bar[] = [
    ...forecast.weeks.map((week) => ({
      label: t.week(formatFrenchDate(week.startsOn).slice(0, 5)),
      title: t.weekSpan(formatFrenchDate(week.startsOn), formatFrenchDate(addDays(week.startsOn, 6))),
      amountCents: week.amountCents,
      behindCents: week.behindCents,
      later: false,
    })),
    { label: t.later, title: t.later, amountCents: forecast.laterCents, behindCents: 0, later: true },
  ]
  const largest = Math.max(...bars.map((bar) => bar.amountCents))
  if (largest === 0 && forecast.disputedCents === 0 && forecast.uncertainCents === 0) return <p className="muted">{t.noForecast}</p>
  const scale = (cents: number) => (largest > 0 ? (cents / largest) * 100 : 0)
  const description = t.forecastChart(bars.map((bar) => `${bar.label} ${formatEuros(bar.amountCents)}`).join(', '))
  const basis = forecast.dossierDelayDays === null ? t.noHistory : t.dossierDelay(forecast.dossierDelayDays)
  const choices = [...new Set([...UNCERTAIN_CHOICES, forecast.uncertainAfterDays])].sort((a, b) => a - b)

  async function changeUncertainAfter(days: number) {
    const result = await saving.run({ uncertainAfterDays: days })
    if (result.ok) setForecast(result.data)
  }

  return (
    <>
      <div className="forecast-chart" role="img" aria-label={description}>
        {bars.map((bar) => (
          <div key={bar.label} className={`bar-row${bar.later ? ' later' : ''}`} title={bar.title}>
            <span className="bar-label">{bar.label}</span>
            <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
              <rect className="bar-track" width="100" height="10" />
              <rect className="bar-fill" width={scale(bar.amountCents)} height="10" />
              {bar.behindCents > 0 ? (
                <rect className="bar-behind" x={scale(bar.amountCents - bar.behindCents)} width={scale(bar.behindCents)} height="10" />
              ) : null}
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
        <p className="forecast-uncertain">
          <span>{t.uncertain(formatEuros(forecast.uncertainCents), forecast.uncertainAfterDays)}</span>
          <label>
            {t.uncertainAfter}{' '}
            <select value={forecast.uncertainAfterDays} disabled={saving.pending} onChange={(event) => void changeUncertainAfter(Number(event.target.value))}>
              {choices.map((days) => <option key={days} value={days}>{t.uncertainAfterOption(days)}</option>)}
            </select>
          </label>
        </p>
        {saving.error ? <p className="error-text" role="alert">{saving.error.message}</p> : null}
        {forecast.disputedCents > 0 ? <p>{t.disputed(formatEuros(forecast.disputedCents))}</p> : null}
        <p className="muted forecast-method">{t.method(forecast.uncertainAfterDays, basis)}</p>
      </div>
    </>
  )
}
