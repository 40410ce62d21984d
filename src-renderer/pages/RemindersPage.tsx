import { useEffect, useState } from 'react'
import { formatFrenchDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { Pager } from '../components/invoices/Pager'
import { ProposalTable } from '../components/reminders/ProposalTable'
import { ReminderJournal } from '../components/reminders/ReminderJournal'
import { SkippedList } from '../components/reminders/SkippedList'
import { ValidatedQueue } from '../components/reminders/ValidatedQueue'
import { fr } from '../i18n/fr'
import { CHANNEL_ORDER, REMINDERS_PAGE_SIZE, useReminders } from '../stores/reminders'
import '../components/reminders/reminders.css'
// Échéanciers (#13)
import { PlanReminders } from '../components/reminders/PlanReminders'

const t = fr.reminders

/** Relances du jour: the day's proposals by channel, the invoices left out, and the validated actions waiting. */
export function RemindersPage() {
  const [view, setView] = useState<'today' | 'journal'>('today')
  return (
    <section className="reminders-page">
      <div className="filter-tabs" role="tablist" aria-label={t.viewsLabel}>
        {(['today', 'journal'] as const).map((v) => (
          <button key={v} type="button" role="tab" aria-selected={v === view} className={v === view ? 'active' : ''} onClick={() => setView(v)}>
            {t.views[v]}
          </button>
        ))}
      </div>
      {view === 'today' ? <TodayReminders /> : <ReminderJournal />}
    </section>
  )
}

/** The day's proposals by channel, the invoices left out, and the validated actions waiting. */
function TodayReminders() {
  const { plan, queue, asOf, channel, offset, selected, busy, loading, error, notice, setAsOf, setChannel, goTo, load, validate } = useReminders()

  useEffect(() => {
    void load()
  }, [load])

  const proposals = plan?.proposals ?? []
  const inChannel = proposals.filter((p) => p.step.channel === channel)
  const page = inChannel.slice(offset, offset + REMINDERS_PAGE_SIZE)
  const total = proposals.reduce((sum, p) => sum + p.amountDueCents, 0)

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t.title}</h1>
          <p className="muted">{t.intro}</p>
        </div>
        <div className="actions">
          <label className="inline-field">
            {t.asOf}
            <input type="date" value={asOf} onChange={(event) => event.target.value && setAsOf(event.target.value)} />
          </label>
          <button type="button" disabled={busy || selected.size === 0} onClick={() => void validate([...selected])}>
            {busy ? t.validating : t.validateSelection(selected.size)}
          </button>
        </div>
      </div>

      {plan?.stale ? (
        <div className="stale-warning" role="alert">
          <strong>{plan.stale.lastUpdate ? t.stale(formatFrenchDate(plan.stale.lastUpdate)) : t.staleNever}</strong> {t.staleHint}
        </div>
      ) : null}
      {plan?.paidClaims.map((claim) => (
        <div key={claim.clientId} className="stale-warning" role="alert">
          {t.paidClaim(claim.clientName, formatFrenchDate(claim.on))}
        </div>
      ))}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}

      {plan ? <PlanReminders asOf={asOf} onValidated={() => void load()} /> : null}

      {!plan ? (
        <p className="muted">{fr.common.loading}</p>
      ) : proposals.length === 0 ? (
        <div className="empty">
          <h2>{t.emptyTitle}</h2>
          <p className="muted">{t.emptyHint}</p>
        </div>
      ) : (
        <div className={loading ? 'list loading' : 'list'}>
          <p className="muted">{t.summary(proposals.length, formatEuros(total))}</p>
          <div className="filter-tabs" role="tablist" aria-label={t.channelTabs}>
            {CHANNEL_ORDER.map((c) => {
              const count = proposals.filter((p) => p.step.channel === c).length
              return (
                <button key={c} type="button" role="tab" aria-selected={c === channel} className={c === channel ? 'active' : ''} disabled={count === 0} onClick={() => setChannel(c)}>
                  {t.channels[c]} <span className="badge muted-badge">{count.toLocaleString('fr-FR')}</span>
                </button>
              )
            })}
          </div>
          <div role="tabpanel" aria-label={t.channels[channel]}>
            <Pager offset={offset} limit={REMINDERS_PAGE_SIZE} total={inChannel.length} onPage={goTo} />
            <ProposalTable label={t.tableLabel(t.channels[channel])} rows={page} />
          </div>
        </div>
      )}

      {plan ? <SkippedList skipped={plan.skipped} /> : null}
      <ValidatedQueue queue={queue} />
    </>
  )
}
