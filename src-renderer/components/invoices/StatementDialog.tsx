import { useRef, useState } from 'react'
import type { InvoiceRow } from '../../../src-shared/contract/invoices'
import { formatFrenchDate, isIsoDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { useDossier } from '../../stores/dossier'
import { Dialog } from '../Dialog'
import { InvoiceStatementRows, StatementHead } from '../InvoiceStatementRows'
import { StatementActions } from '../StatementActions'
import { statementTsv } from '../../statement-text'
import { useQuery } from '../../use-channel'

const t = fr.penalties

/** « Décompte des pénalités » of one invoice, at a chosen date, to read, print, copy or send as a PDF. */
export function StatementDialog({ row, onClose }: { row: Pick<InvoiceRow, 'id' | 'number' | 'clientId' | 'clientCode' | 'clientName'>; onClose(): void }) {
  const area = useRef<HTMLDivElement>(null)
  const today = useDossier((state) => state.info?.today ?? '')
  const [asOf, setAsOf] = useState(today)
  // A date still being typed asks nothing: the last statement stays on screen meanwhile.
  const drawn = useQuery('penalties.invoiceStatement', isIsoDate(asOf) ? { invoiceId: row.id, asOf } : null)
  const statement = drawn.data?.statement
  const error = drawn.error?.message

  const title = `${t.invoiceTitle(row.number)} au ${formatFrenchDate(asOf)}`
  return (
    <Dialog title={t.invoiceTitle(row.number)} className="statement-dialog" onCancel={onClose}>
      <div ref={area}>
        <div className="statement-toolbar">
          <label className="inline-field no-print">
            {t.asOf} <input type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} aria-label={t.asOf} />
          </label>
          {statement && isIsoDate(asOf) ? (
            <StatementActions
              pdf={{ clientId: row.clientId, invoiceId: row.id, asOf }}
              printArea={area}
              printHeading={`${title} — ${t.printHeading(row.clientName, row.clientCode, formatFrenchDate(today))}`}
              text={() => statementTsv(`${title} — ${row.clientName} (${row.clientCode})`, [statement], [[t.invoiceTotal, statement.totalCents]])}
            />
          ) : null}
        </div>
        {error ? <p className="error-text" role="alert">{error}</p> : null}
        {statement === null ? <p className="muted">{t.notLate}</p> : null}
        {statement ? (
          <>
            {statement.warnings.length > 0 ? (
              <ul className="statement-warnings" aria-label={t.warnings}>
                {statement.warnings.map((warning) => <li key={warning}>{warning}</li>)}
              </ul>
            ) : null}
            <table className="grid statement-table" aria-label={t.invoiceTitle(row.number)}>
              <StatementHead />
              <tbody>
                <InvoiceStatementRows statement={statement} />
              </tbody>
              <tfoot>
                <tr className="statement-total"><th scope="row" colSpan={5}>{t.invoiceTotal}</th><td className="num">{formatEuros(statement.totalCents)}</td></tr>
              </tfoot>
            </table>
          </>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onClose}>{fr.common.close}</button>
      </div>
    </Dialog>
  )
}
