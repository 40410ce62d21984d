import { useState } from 'react'
import type { PaymentRow } from '../../src-shared/contract/payments'
import { formatFrenchDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { fr } from '../i18n/fr'
import { useMutation, useQuery } from '../use-channel'
import { SettlementDateForm } from './SettlementDateForm'
import { ConfirmDialog } from './ConfirmDialog'

const t = fr.clientPayments

/** The client's payments with what each settled; a wrong entry can be undone (its allocations go with it). */
export function ClientPayments({ clientId, version, onChanged }: { clientId: number; version: number; onChanged(): void }) {
  const payments = useQuery('payments.list', { clientId }, version)
  const undoPayment = useMutation('payments.undo')
  const rows = payments.data ?? []
  const error = undoPayment.error ?? payments.error
  const [dating, setDating] = useState<number | null>(null)
  const [undoing, setUndoing] = useState<PaymentRow | null>(null)

  async function undo(row: PaymentRow) {
    const result = await undoPayment.run({ id: row.id })
    setUndoing(null)
    if (result.ok) onChanged()
  }

  return (
    <section className="panel" aria-label={t.title}>
      <h2>{t.title}</h2>
      {error ? <p className="error-text" role="alert">{error.message}</p> : null}
      {rows.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <table className="grid" aria-label={t.title}>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.method}</th>
              <th scope="col">{t.reference}</th>
              <th scope="col">{t.settled}</th>
              <th scope="col" className="num">{t.amount}</th>
              <th scope="col" className="num">{t.credit}</th>
              <th scope="col"><span className="visually-hidden">{t.actions}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  {formatFrenchDate(row.date)}
                  {row.dateAssumed ? (
                    <>
                      <br />
                      <small className="muted">{fr.settledBeforeImport.assumedDate}</small>
                      {dating === row.id ? (
                        <SettlementDateForm payment={row} onCancel={() => setDating(null)} onSaved={() => {
                            setDating(null)
                            onChanged()
                          }}
                        />
                      ) : (
                        <button type="button" className="secondary small" onClick={() => setDating(row.id)}>
                          {fr.settledBeforeImport.giveDate}
                        </button>
                      )}
                    </>
                  ) : null}
                </td>
                <td>{fr.paymentMethods[row.method]}</td>
                <td>{row.reference}</td>
                <td>{row.invoiceNumbers.join(', ')}</td>
                <td className="num">{formatEuros(row.amountCents)}</td>
                <td className="num">{row.unallocatedCents > 0 ? formatEuros(row.unallocatedCents) : ''}</td>
                <td className="num">
                  <button type="button" className="secondary small" onClick={() => setUndoing(row)}>{t.undo}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {undoing ? (
        <ConfirmDialog
          title={t.confirmUndoTitle}
          confirmLabel={t.confirmUndoAction}
          cancelLabel={t.keep}
          danger
          onConfirm={() => undo(undoing)}
          onCancel={() => setUndoing(null)}
        >
          <p>{t.confirmUndo(formatEuros(undoing.amountCents), formatFrenchDate(undoing.date))}</p>
          {undoing.invoiceNumbers.length > 0 ? <p>{t.confirmUndoInvoices(undoing.invoiceNumbers.join(', '))}</p> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
