import type { PlanDetail } from '../../../src-shared/contract/plans'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { InstalmentStateBadge } from './PlanStatusBadge'

const t = fr.plans.detail

/** The schedule with what was paid on each instalment and when. */
export function InstalmentTable({ plan, label }: { plan: PlanDetail; label?: string }) {
  return (
    <table className="grid" aria-label={label ?? t.scheduleTable}>
      <thead>
        <tr>
          <th className="num">{t.columns.sequence}</th>
          <th>{t.columns.date}</th>
          <th className="num">{t.columns.amount}</th>
          <th className="num">{t.columns.paid}</th>
          <th className="num">{t.columns.remainingAfter}</th>
          <th>{t.columns.state}</th>
        </tr>
      </thead>
      <tbody>
        {plan.instalments.map((row) => (
          <tr key={row.id}>
            <td className="num">{row.sequence === 0 ? t.downPaymentRow : row.sequence}</td>
            <td>{formatFrenchDate(row.date)}</td>
            <td className="num">{formatEuros(row.amountCents)}</td>
            <td className="num">{row.paidCents > 0 ? formatEuros(row.paidCents) : '—'}</td>
            <td className="num">{formatEuros(row.remainingCents)}</td>
            <td>
              <InstalmentStateBadge state={row.state} />
              {row.paidOn ? <span className="muted"> {formatFrenchDate(row.paidOn)}</span> : null}
              {row.state === 'late' || (row.state === 'partial' && row.daysLate > 0) ? <span className="muted"> {t.daysLate(row.daysLate)}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th colSpan={2}>{t.total}</th>
          <th className="num">{formatEuros(plan.instalments.reduce((sum, row) => sum + row.amountCents, 0))}</th>
          <th className="num">{formatEuros(plan.paidCents)}</th>
          <th />
          <th />
        </tr>
      </tfoot>
    </table>
  )
}
