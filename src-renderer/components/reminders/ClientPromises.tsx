import { useEffect, useState, type FormEvent } from 'react'
import type { PromiseView } from '../../../src-shared/contract/promises'
import { addDays, formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { invoke } from '../../api'
import { readEuros } from '../../euro-input'
import { fr } from '../../i18n/fr'
import './reminders.css'

const t = fr.reminders.promises

interface ClientPromisesProps {
  clientId: number
  today: string
  /** Changes when something else on the page was saved (a payment may keep a promise). */
  version: number
  onChanged(): void
}

/** A client's promises to pay, kept or broken as judged today, and a form to note a new one. */
export function ClientPromises({ clientId, today, version, onChanged }: ClientPromisesProps) {
  const [promises, setPromises] = useState<PromiseView[]>([])
  const [adding, setAdding] = useState(false)
  const [amount, setAmount] = useState('')
  const [date, setDate] = useState(addDays(today, 7))
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    void invoke('promises.list', { clientId }).then((result) => {
      if (result.ok) setPromises(result.data)
    })
  }, [clientId, version, notice])

  async function submit(event: FormEvent) {
    event.preventDefault()
    const reading = readEuros(amount)
    if (reading.status !== 'ok') return setError(fr.reminders.callSheet.amountUnreadable)
    const result = await invoke('promises.create', { clientId, amountCents: reading.cents, promisedDate: date, note: note || undefined })
    if (!result.ok) return setError(Object.values(result.error.details?.fields ?? {})[0] ?? result.error.message)
    setAdding(false)
    setAmount('')
    setNote('')
    setError(null)
    setNotice(t.saved)
    onChanged()
  }

  return (
    <section className="panel" aria-label={t.title}>
      <div className="panel-header">
        <h2>{t.title}</h2>
        {!adding ? (
          <button type="button" className="secondary small" onClick={() => setAdding(true)}>
            {t.add}
          </button>
        ) : null}
      </div>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {adding ? (
        <form className="promise-form" onSubmit={(event) => void submit(event)}>
          <label className="field">
            <span className="label">{t.amount}</span>
            <input inputMode="decimal" required value={amount} onChange={(event) => setAmount(event.target.value)} />
          </label>
          <label className="field">
            <span className="label">{t.date}</span>
            <input type="date" required min={today} value={date} onChange={(event) => setDate(event.target.value)} />
          </label>
          <label className="field">
            <span className="label">{t.note}</span>
            <input value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
          </label>
          <div className="form-actions">
            <button type="button" className="secondary" onClick={() => setAdding(false)}>
              {fr.common.cancel}
            </button>
            <button type="submit">{t.save}</button>
          </div>
          {error ? (
            <p className="error-text" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
      {promises.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <table className="grid" aria-label={t.title}>
          <thead>
            <tr>
              <th>{t.columns.madeOn}</th>
              <th>{t.columns.date}</th>
              <th className="num">{t.columns.amount}</th>
              <th>{t.columns.invoices}</th>
              <th>{t.columns.status}</th>
            </tr>
          </thead>
          <tbody>
            {promises.map((promise) => (
              <tr key={promise.id}>
                <td>{formatFrenchDate(promise.madeOn)}</td>
                <td>{formatFrenchDate(promise.promisedDate)}</td>
                <td className="num">{formatEuros(promise.amountCents)}</td>
                <td>{promise.invoiceNumbers.length > 0 ? promise.invoiceNumbers.join(', ') : t.allInvoices}</td>
                <td>
                  <span className={`state-badge promise-${promise.status}`}>{t.statuses[promise.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
