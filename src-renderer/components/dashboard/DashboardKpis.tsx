import type { DashboardSummary, MonthCollection } from '../../../src-shared/contract/dashboard'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { formatShare } from './format-share'

const t = fr.dashboard

function monthName(collection: MonthCollection): string {
  return t.months[Number(collection.month.slice(5, 7)) - 1] ?? collection.month
}

/** The four figures an accountant reads first: owed, late, how fast it comes in, what came in. */
export function DashboardKpis({ summary }: { summary: DashboardSummary }) {
  const { collected } = summary
  return (
    <div className="kpis" role="list" aria-label={t.figures}>
      <div className="kpi" role="listitem">
        <span>{t.outstanding}</span>
        <strong>{formatEuros(summary.outstandingCents)}</strong>
        <small className="muted">{t.credits(formatEuros(-summary.unallocatedCreditCents))}</small>
      </div>
      <div className={`kpi${summary.overdueCents > 0 ? ' danger' : ''}`} role="listitem">
        <span>{t.overdue}</span>
        <strong>{formatEuros(summary.overdueCents)}</strong>
        <small className="muted">
          {t.share(formatShare(summary.overdueShare))} · {t.lateInvoices(summary.lateInvoiceCount)}
        </small>
      </div>
      <div className="kpi" role="listitem">
        <span>{t.dso}</span>
        <strong>{summary.dsoDays === null ? '—' : t.dsoDays(summary.dsoDays)}</strong>
        <small className="muted">{summary.dsoDays === null ? t.dsoUnknown : t.dsoHint}</small>
      </div>
      <div className="kpi" role="listitem">
        <span>{t.collectedThisMonth}</span>
        <strong>{formatEuros(collected.thisMonth.amountCents)}</strong>
        <small className="muted">{t.collectedLastMonth(monthName(collected.lastMonth), formatEuros(collected.lastMonth.amountCents))}</small>
      </div>
    </div>
  )
}
