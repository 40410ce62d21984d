import { useState } from 'react'
import type { InvoiceRow } from '../../../src-shared/contract/invoices'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { invoke } from '../../api'
import { fr } from '../../i18n/fr'
import { useNavigation } from '../../stores/navigation'
import type { InvoiceSort } from '../../stores/invoices'
import { ConfirmDialog } from '../ConfirmDialog'
import { DisputeDialog } from './DisputeDialog'
import { DunningExclusionDialog } from './DunningExclusionDialog'
import './dunning-exclusion.css'
import { InvoiceDialog } from './InvoiceDialog'
import { StateBadge } from './StateBadge'
import { StatementDialog } from './StatementDialog'

const t = fr.invoices
const d = fr.disputes
const x = fr.dunningExclusion

interface InvoiceTableProps {
  rows: InvoiceRow[]
  sort: InvoiceSort
  descending: boolean
  onSort(sort: InvoiceSort): void
  busy: boolean
  /** False where every row is the same client's (the client file): the column would only repeat it. */
  showClient?: boolean
  /** Called after a dispute was opened or lifted from a row, so that the owner reloads. */
  onChanged(): void
}

/** A credit note is money owed to the client: shown negative, as in the ledger, so a column adds up. */
const signed = (row: InvoiceRow, cents: number) => (row.kind === 'credit_note' && cents !== 0 ? -cents : cents)

/** One page of invoices and credit notes; the column headers sort (on the core's side). */
export function InvoiceTable({ rows, sort, descending, onSort, busy, showClient = true, onChanged }: InvoiceTableProps) {
  const go = useNavigation((state) => state.go)
  const [disputing, setDisputing] = useState<InvoiceRow | null>(null)
  const [viewing, setViewing] = useState<InvoiceRow | null>(null)
  const [statementOf, setStatementOf] = useState<InvoiceRow | null>(null)
  const [applying, setApplying] = useState<InvoiceRow | null>(null)
  const [excluding, setExcluding] = useState<InvoiceRow | null>(null)
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)

  /** Applies a credit note to the client's oldest open invoices, like a payment (DESIGN §1). */
  async function applyCredit(row: InvoiceRow) {
    setApplying(null)
    const result = await invoke('creditNotes.allocate', { creditNoteId: row.id, allocation: 'oldest' })
    if (!result.ok) return setNotice({ ok: false, text: result.error.message })
    const used = row.balanceCents - result.data.remainingCents
    setNotice({ ok: true, text: t.applyCreditDone(row.number, formatEuros(used), result.data.allocations.length) })
    onChanged()
  }

  async function includeAgain(row: InvoiceRow) {
    const result = await invoke('dunning.excludeInvoice', { invoiceId: row.id, excluded: false })
    setNotice(result.ok ? { ok: true, text: x.included(row.number) } : { ok: false, text: result.error.message })
    onChanged()
  }

  const header = (column: InvoiceSort, label: string, className?: string) => {
    const sorted = column === sort
    return (
      <th scope="col" className={className} aria-sort={sorted ? (descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className={`sort${sorted ? ' sorted' : ''}`} onClick={() => onSort(column)}>
          {label}
          <span className="sort-arrow" aria-hidden="true">{sorted ? (descending ? '▼' : '▲') : '↕'}</span>
        </button>
      </th>
    )
  }

  return (
    <>
      {notice ? <p className={notice.ok ? 'notice' : 'form-summary'} role={notice.ok ? 'status' : 'alert'}>{notice.text}</p> : null}
      <table className="grid invoice-table" aria-label={t.table} aria-busy={busy}>
        <colgroup>
          <col className="col-number" />
          {showClient ? <col /> : null}
          <col className="col-date" />
          <col className="col-date" />
          <col className="col-amount" />
          <col className="col-amount" />
          <col className="col-state" />
          <col className="col-actions" />
        </colgroup>
        <thead>
          <tr>
            {header('number', t.columns.number)}
            {showClient ? header('client', t.columns.client) : null}
            {header('issueDate', t.columns.issueDate)}
            {header('dueDate', t.columns.dueDate)}
            {header('amount', t.columns.amount, 'num')}
            <th scope="col" className="num">{t.columns.balance}</th>
            <th scope="col">{t.columns.state}</th>
            <th scope="col"><span className="visually-hidden">{d.actions}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const credit = row.kind === 'credit_note'
            const settled = row.balanceCents <= 0
            return (
              <tr key={row.id} className={credit ? 'credit-note' : undefined}>
                <td className="code" title={credit ? `${t.creditNoteTag} ${row.number} — ${t.creditNoteTitle}` : row.number}>
                  {credit ? <span className="visually-hidden">{t.creditNoteTag} </span> : null}
                  <button type="button" className="link" aria-label={t.view.open(row.number)} onClick={() => setViewing(row)}>
                    {row.number}
                  </button>
                </td>
                {showClient ? (
                  <td className="client-cell">
                    <a
                      href={`#/clients/${row.clientId}`}
                      title={`${row.clientCode} — ${row.clientName}`}
                      onClick={(event) => {
                        event.preventDefault()
                        go('clients', row.clientId)
                      }}
                    >
                      {row.clientName} <span className="code">{row.clientCode}</span>
                    </a>
                  </td>
                ) : null}
                <td className="date">{formatFrenchDate(row.issueDate)}</td>
                <td className={`date${row.state === 'overdue' ? ' overdue' : ''}`}>{formatFrenchDate(row.dueDate)}</td>
                <td className="num">{formatEuros(signed(row, row.amountCents))}</td>
                <td className={`num${settled ? ' settled' : ''}${row.state === 'overdue' ? ' overdue' : ''}`}>
                  {formatEuros(signed(row, row.balanceCents))}
                </td>
                <td>
                  <StateBadge row={row} />
                </td>
                <td className="row-actions">
                  {credit ? (
                    row.balanceCents > 0 ? (
                      <button type="button" className="secondary small" aria-label={t.applyCreditTitle(row.number)} onClick={() => setApplying(row)}>
                        {t.applyCredit}
                      </button>
                    ) : null
                  ) : (
                    <>
                      {row.daysLate > 0 || row.state === 'paid' ? (
                        <button type="button" className="secondary small" aria-label={fr.penalties.openTitle(row.number)} onClick={() => setStatementOf(row)}>
                          {fr.penalties.open}
                        </button>
                      ) : null}
                      {row.disputed ? (
                        <button type="button" className="secondary small" aria-label={d.closeTitle(row.number)} onClick={() => setDisputing(row)}>
                          {d.close}
                        </button>
                      ) : row.balanceCents > 0 ? (
                        <button type="button" className="secondary small" aria-label={d.openTitle(row.number)} onClick={() => setDisputing(row)}>
                          {d.rowOpen}
                        </button>
                      ) : null}
                      {row.dunningExclusion ? (
                        <button type="button" className="secondary small" aria-label={x.includeTitle(row.number)} onClick={() => void includeAgain(row)}>
                          {x.include}
                        </button>
                      ) : row.balanceCents > 0 ? (
                        <button type="button" className="secondary small" aria-label={x.excludeTitle(row.number)} onClick={() => setExcluding(row)}>
                          {x.exclude}
                        </button>
                      ) : null}
                    </>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {applying ? (
        <ConfirmDialog
          title={t.applyCreditConfirmTitle(applying.number)}
          confirmLabel={t.applyCredit}
          onConfirm={() => applyCredit(applying)}
          onCancel={() => setApplying(null)}
        >
          <p>{t.applyCreditConfirm(applying.number, formatEuros(applying.balanceCents))}</p>
        </ConfirmDialog>
      ) : null}
      {statementOf ? <StatementDialog row={statementOf} onClose={() => setStatementOf(null)} /> : null}
      {viewing ? (
        <InvoiceDialog
          row={viewing}
          onClose={() => setViewing(null)}
          onSaved={(text) => {
            setViewing(null)
            setNotice({ ok: true, text })
            onChanged()
          }}
        />
      ) : null}
      {excluding ? (
        <DunningExclusionDialog
          row={excluding}
          onCancel={() => setExcluding(null)}
          onDone={(text) => {
            setExcluding(null)
            setNotice({ ok: true, text })
            onChanged()
          }}
        />
      ) : null}
      {disputing ? (
        <DisputeDialog
          row={disputing}
          onCancel={() => setDisputing(null)}
          onDone={() => {
            setDisputing(null)
            onChanged()
          }}
        />
      ) : null}
    </>
  )
}
