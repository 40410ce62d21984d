import type { SkipView } from '../../../src-shared/contract/dunning'
import { fr } from '../../i18n/fr'

const t = fr.reminders

/** Enough to see why clients are absent; the rest are counted. */
const SHOWN = 200

/** The invoices that reached a step today but are left out, each with its reason. */
export function SkippedList({ skipped }: { skipped: SkipView[] }) {
  if (skipped.length === 0) return null
  return (
    <details className="panel skipped">
      <summary>{t.skippedTitle(skipped.length)}</summary>
      {skipped.length > SHOWN ? <p className="muted">{t.skippedFirst(SHOWN)}</p> : null}
      <table className="grid" aria-label={t.skippedTable}>
        <thead>
          <tr>
            <th>{t.columns.client}</th>
            <th>{t.columns.invoices}</th>
            <th>{t.columns.reason}</th>
          </tr>
        </thead>
        <tbody>
          {skipped.slice(0, SHOWN).map((skip) => (
            <tr key={`${skip.invoiceId}`}>
              <td>
                {skip.clientName} <span className="code">{skip.clientCode}</span>
              </td>
              <td>{skip.number}</td>
              <td>{t.reasons[skip.reason]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
