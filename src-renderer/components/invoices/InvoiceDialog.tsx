import { useState } from 'react'
import type { InvoiceDetail, InvoiceRow, Settlement } from '../../../src-shared/contract/invoices'
import type { InvoiceStatement } from '../../../src-shared/contract/penalties'
import type { TimelineEntry } from '../../../src-shared/contract/timeline'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { useQuery } from '../../use-channel'
import { Dialog } from '../Dialog'
import { InvoiceStatementRows, StatementHead } from '../InvoiceStatementRows'
import { InvoiceForm } from './InvoiceForm'
import { StateBadge } from './StateBadge'
import './invoice-dialog.css'

const t = fr.invoices.view

interface Loaded {
  detail: InvoiceDetail
  settlements: Settlement[]
  statement: InvoiceStatement | null
  history: TimelineEntry[]
}

/**
 * A document opened from its number, as Sage or EBP open a piece: what it is, what
 * settled it, its late-payment penalties and its history, with « Corriger » inside for
 * when something was typed wrong.
 */
export function InvoiceDialog({ row, onClose, onSaved }: { row: InvoiceRow; onClose(): void; onSaved(notice: string): void }) {
  const [correcting, setCorrecting] = useState(false)
  const detail = useQuery('invoices.get', { id: row.id })
  const settlements = useQuery('invoices.settlements', { id: row.id })
  const penalties = useQuery('penalties.invoiceStatement', row.kind === 'invoice' ? { invoiceId: row.id } : null)
  const history = useQuery('timeline.list', { clientId: row.clientId })
  const error = (detail.error ?? settlements.error ?? penalties.error ?? history.error)?.message ?? null
  // Shown once every answer is in; a statement or history that could not be read leaves its part empty, its refusal above.
  const answered = (query: { data: unknown; error: unknown }) => query.data !== undefined || query.error !== null
  const loaded: Loaded | null =
    detail.data && settlements.data && (row.kind !== 'invoice' || answered(penalties)) && answered(history)
      ? {
          detail: detail.data,
          settlements: settlements.data,
          statement: penalties.data?.statement ?? null,
          history: (history.data ?? []).filter((entry) => entry.invoiceNumber === row.number),
        }
      : null

  const title = row.kind === 'credit_note' ? t.creditNoteTitle(row.number) : t.invoiceTitle(row.number)
  if (correcting && loaded) {
    return (
      <Dialog title={fr.invoices.form.editTitle(row.number)} className="invoice-edit-dialog" onCancel={() => setCorrecting(false)}>
        <InvoiceForm kind={loaded.detail.kind} today={loaded.detail.issueDate} editing={loaded.detail} onCancel={() => setCorrecting(false)} onSaved={onSaved} />
      </Dialog>
    )
  }
  return (
    <Dialog title={title} className="invoice-dialog" onCancel={onClose}>
      {error ? <p className="error-text" role="alert">{error}</p> : null}
      {!loaded ? (
        error ? null : <p className="muted">{fr.common.loading}</p>
      ) : (
        <>
          <dl className="invoice-facts">
            <dt>{t.client}</dt>
            <dd>{row.clientName} <span className="code">{row.clientCode}</span></dd>
            <dt>{t.issueDate}</dt>
            <dd>{formatFrenchDate(row.issueDate)}</dd>
            <dt>{t.dueDate}</dt>
            <dd>{formatFrenchDate(row.dueDate)}</dd>
            <dt>{t.amount}</dt>
            <dd>
              {formatEuros(row.amountCents)}
              {loaded.detail.amountExclTaxCents !== null ? ` (${t.exclTax(formatEuros(loaded.detail.amountExclTaxCents))})` : ''}
            </dd>
            <dt>{row.kind === 'credit_note' ? t.remainingCredit : t.balance}</dt>
            <dd><strong>{formatEuros(row.balanceCents)}</strong> <StateBadge row={row} /></dd>
            {loaded.detail.label ? <><dt>{t.label}</dt><dd>{loaded.detail.label}</dd></> : null}
          </dl>

          <h3>{row.kind === 'credit_note' ? t.usedOn : t.settlements}</h3>
          {loaded.settlements.length === 0 ? (
            <p className="muted">{t.noSettlement}</p>
          ) : (
            <table className="grid" aria-label={row.kind === 'credit_note' ? t.usedOn : t.settlements}>
              <tbody>
                {loaded.settlements.map((settlement) => (
                  <tr key={`${settlement.kind}-${settlement.date}-${settlement.reference}-${settlement.amountCents}`}>
                    <td>{formatFrenchDate(settlement.date)}</td>
                    <td>{[t.settlementKinds[settlement.kind], settlement.reference].filter(Boolean).join(' ')}</td>
                    <td className="num">{formatEuros(settlement.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          {loaded.statement ? (
            <>
              <h3>{t.penalties}</h3>
              <table className="grid statement-table" aria-label={t.penalties}>
                <StatementHead />
                <tbody>
                  <InvoiceStatementRows statement={loaded.statement} />
                </tbody>
                <tfoot>
                  <tr className="statement-total">
                    <th scope="row" colSpan={5}>{fr.penalties.invoiceTotal}</th>
                    <td className="num">{formatEuros(loaded.statement.totalCents)}</td>
                  </tr>
                </tfoot>
              </table>
            </>
          ) : null}

          <h3>{t.history}</h3>
          {loaded.history.length === 0 ? (
            <p className="muted">{t.noHistory}</p>
          ) : (
            <ul className="invoice-history">
              {loaded.history.map((entry) => (
                <li key={entry.id}><span className="muted">{formatFrenchDate(entry.occurredOn)}</span> {entry.body}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onClose}>{fr.common.close}</button>
        <button type="button" disabled={!loaded} onClick={() => setCorrecting(true)}>{t.correct}</button>
      </div>
    </Dialog>
  )
}
