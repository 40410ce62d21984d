import type { InvoiceRow } from '../../../src-shared/contract/invoices'
import { formatFrenchDate } from '../../../src-shared/dates'
import { fr } from '../../i18n/fr'

const t = fr.invoices

/** What an invoice or credit note is now, as the core derived it, plus « Litige » while a dispute is open and « Hors relances » while excluded. */
export function StateBadge({ row }: { row: Pick<InvoiceRow, 'state' | 'daysLate' | 'disputed' | 'dunningExclusion'> }) {
  const label = row.state === 'overdue' ? t.states.overdue(row.daysLate) : t.states[row.state]
  return (
    <span className="state-badges">
      <span className={`state-badge state-${row.state}`}>{label}</span>
      {row.disputed ? <span className="state-badge state-disputed">{t.disputed}</span> : null}
      {row.dunningExclusion ? (
        <span className="state-badge state-excluded" title={fr.dunningExclusion.badgeTitle(formatFrenchDate(row.dunningExclusion.since), row.dunningExclusion.reason)}>
          {fr.dunningExclusion.badge}
        </span>
      ) : null}
    </span>
  )
}
