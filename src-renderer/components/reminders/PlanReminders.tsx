import { useState } from 'react'
import type { InstalmentReminderView } from '../../../src-shared/contract/plans'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { useNavigation } from '../../stores/navigation'
import { useMutation, useQuery } from '../../use-channel'
import '../plans/plans.css'

const t = fr.plans.reminders

/**
 * The payment plans' own reminders of the day (before an instalment, after a missed one),
 * validated like the scenarios' reminders, and the plans found broken: their invoices are
 * back in the ordinary reminders above.
 */
export function PlanReminders({ asOf, onValidated }: { asOf: string; onValidated(): void }) {
  const [version, setVersion] = useState(0)
  const day = useQuery('plans.reminders', asOf ? { asOf } : {}, version)
  const validate = useMutation('plans.validateReminders')
  const go = useNavigation((state) => state.go)
  const [unselected, setUnselected] = useState<Set<string>>(new Set())
  const [notice, setNotice] = useState<string | null>(null)
  const reminders = day.data?.reminders ?? []
  const broken = day.data?.broken ?? []
  if (!day.data || (reminders.length === 0 && broken.length === 0)) return null

  const chosen = reminders.filter((reminder) => !unselected.has(reminder.dedupKey))
  const toggle = (reminder: InstalmentReminderView) =>
    setUnselected((previous) => {
      const next = new Set(previous)
      if (next.has(reminder.dedupKey)) next.delete(reminder.dedupKey)
      else next.add(reminder.dedupKey)
      return next
    })

  async function submit() {
    const result = await validate.run({
      ...(asOf ? { asOf } : {}),
      items: chosen.map((reminder) => ({ instalmentId: reminder.instalmentId, kind: reminder.kind, dedupKey: reminder.dedupKey })),
    })
    if (!result.ok) return
    setNotice(t.validated(result.data.recorded.length))
    setUnselected(new Set())
    setVersion((v) => v + 1)
    onValidated()
  }

  return (
    <section className="panel plan-reminders" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {broken.map((plan) => (
        <div key={plan.planId} className="stale-warning broken-plan" role="alert">
          <span>{t.broken(plan.clientName, formatFrenchDate(plan.brokenOn), formatEuros(plan.remainingCents))}</span>
          <button type="button" className="secondary small" onClick={() => go('plans', plan.planId)}>
            {t.openPlan}
          </button>
        </div>
      ))}
      {notice ? <p className="notice" role="status">{notice}</p> : null}
      {validate.error ? <p className="error-text" role="alert">{validate.error.message}</p> : null}
      {reminders.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <>
          <table className="grid" aria-label={t.tableLabel}>
            <thead>
              <tr>
                <th className="check">{t.columns.select}</th>
                <th>{t.columns.client}</th>
                <th>{t.columns.kind}</th>
                <th>{t.columns.instalment}</th>
                <th>{t.columns.dueDate}</th>
                <th className="num">{t.columns.amount}</th>
                <th>{t.columns.channel}</th>
              </tr>
            </thead>
            <tbody>
              {reminders.map((reminder) => (
                <tr key={reminder.dedupKey}>
                  <td className="check">
                    <input
                      type="checkbox"
                      aria-label={`${t.kinds[reminder.kind]} ${reminder.clientName}`}
                      checked={!unselected.has(reminder.dedupKey)}
                      onChange={() => toggle(reminder)}
                    />
                  </td>
                  <td className="client-cell">
                    <a href={`#/plans/${reminder.planId}`} onClick={(event) => { event.preventDefault(); go('plans', reminder.planId) }}>
                      {reminder.clientName}
                    </a>
                    <div className="code small-text muted">{reminder.clientCode}</div>
                  </td>
                  <td>{t.kinds[reminder.kind]}</td>
                  <td>{t.instalment(reminder.sequence)}</td>
                  <td>{formatFrenchDate(reminder.dueDate)}</td>
                  <td className="num">{formatEuros(reminder.amountDueCents)}</td>
                  <td>{t.channels[reminder.channel]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" disabled={validate.pending || chosen.length === 0} onClick={() => void submit()}>
              {t.validate(chosen.length)}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
