import { useState, type FormEvent } from 'react'
import { addDays, formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { readEuros } from '../../euro-input'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
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
  const list = useQuery('promises.list', { clientId }, version)
  const promises = list.data ?? []
  const create = useMutation('promises.create')
  const [adding, setAdding] = useState(false)
  const [amount, setAmount] = useState('')
  const [date, setDate] = useState(addDays(today, 7))
  const [note, setNote] = useState('')
  /** Refused here before calling: an amount that cannot be read. */
  const [unreadable, setUnreadable] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const refusal = create.error ? (Object.values(create.fieldErrors)[0] ?? create.error.message) : null
  const error = unreadable ? fr.reminders.callSheet.amountUnreadable : refusal

  async function submit(event: FormEvent) {
    event.preventDefault()
    const reading = readEuros(amount)
    setUnreadable(reading.status !== 'ok')
    if (reading.status !== 'ok') return
    const result = await create.run({ clientId, amountCents: reading.cents, promisedDate: date, note: note || undefined })
    if (!result.ok) return
    setAdding(false)
    setAmount('')
    setNote('')
    setNotice(t.saved)
    list.reload()
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
            <button type="submit" disabled={create.pending}>{t.save}</button>
          </div>
          {error ? (
            <p className="error-text" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
      {list.error ? (
        <p className="error-text" role="alert">
          {list.error.message}
        </p>
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
