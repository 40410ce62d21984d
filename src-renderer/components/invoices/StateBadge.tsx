import type { InvoiceRow } from '../../../src-shared/contract/invoices'
import { fr } from '../../i18n/fr'

const t = fr.invoices

/** What an invoice or credit note is now, as the core derived it, plus « Litige » while a dispute is open. */
export function StateBadge({ row }: { row: Pick<InvoiceRow, 'state' | 'daysLate' | 'disputed'> }) {
  const label = row.state === 'overdue' ? t.states.overdue(row.daysLate) : t.states[row.state]
  return (
    <span className="state-badges">
      <span className={`state-badge state-${row.state}`}>{label}</span>
      {row.disputed ? <span className="state-badge state-disputed">{t.disputed}</span> : null}
    </span>
  )
}
