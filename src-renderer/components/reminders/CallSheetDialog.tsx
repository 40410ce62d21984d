import { useEffect, useState, type FormEvent } from 'react'
import { CALL_OUTCOMES, type CallOutcome } from '../../../src-shared/contract/calls'
import { DISPUTE_REASONS, type DisputeReason } from '../../../src-shared/contract/disputes'
import { addDays, formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { readEuros, centsToEuroInput } from '../../euro-input'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
import { Dialog } from '../Dialog'

const t = fr.reminders.callSheet

interface CallSheetDialogProps {
  actionId: number
  today: string
  onRecorded(message: string): void
  onCancel(): void
}

/** The sheet of a reminder call: whom to ring, what to say, what is owed; then how it went. */
export function CallSheetDialog({ actionId, today, onRecorded, onCancel }: CallSheetDialogProps) {
  const loaded = useQuery('calls.sheet', { actionId })
  const sheet = loaded.data ?? null
  const record = useMutation('calls.record')
  const [outcome, setOutcome] = useState<CallOutcome>('no_answer')
  const [amount, setAmount] = useState('')
  const [date, setDate] = useState(addDays(today, 7))
  const [reason, setReason] = useState<DisputeReason | ''>('')
  const [chosen, setChosen] = useState<Set<number>>(new Set())
  const [note, setNote] = useState('')
  /** Refused here before calling: an amount promised that cannot be read. */
  const [unreadable, setUnreadable] = useState(false)
  const refusal = record.error ? (Object.values(record.fieldErrors)[0] ?? record.error.message) : null
  const error = unreadable ? t.amountUnreadable : (refusal ?? loaded.error?.message ?? null)

  useEffect(() => {
    if (!loaded.data) return
    setAmount(centsToEuroInput(loaded.data.amountDueCents))
    setChosen(new Set(loaded.data.invoices.map((invoice) => invoice.invoiceId)))
  }, [loaded.data])

  function toggle(invoiceId: number) {
    const next = new Set(chosen)
    if (!next.delete(invoiceId)) next.add(invoiceId)
    setChosen(next)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!sheet) return
    const invoiceIds = [...chosen]
    let promise
    if (outcome === 'promise') {
      const reading = readEuros(amount)
      setUnreadable(reading.status !== 'ok')
      if (reading.status !== 'ok') return
      promise = { amountCents: reading.cents, promisedDate: date, invoiceIds }
    } else setUnreadable(false)
    const dispute = outcome === 'dispute' && reason ? { reason, invoiceIds } : undefined
    const result = await record.run({ actionId, outcome, note: note || undefined, promise, dispute })
    if (result.ok) onRecorded(t.recorded(sheet.clientName))
  }

  const choosesInvoices = outcome === 'promise' || outcome === 'dispute'
  return (
    <Dialog title={sheet ? t.title(sheet.clientName) : t.open} className="call-sheet" onCancel={onCancel}>
      {!sheet ? (
        error ? <p className="error-text" role="alert">{error}</p> : <p className="muted">{fr.common.loading}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <div className="call-columns">
            <section aria-label={t.whom}>
              <h3>{t.whom}</h3>
              {sheet.phone ? (
                <p>
                  {t.phone} : <a href={`tel:${sheet.phone.replace(/\s/g, '')}`}>{sheet.phone}</a>
                </p>
              ) : (
                <p className="muted">{t.noPhone}</p>
              )}
              <ul className="contacts-list">
                {sheet.contacts.map((person) => (
                  <li key={`${person.name}-${person.phone ?? ''}`}>
                    <strong>{person.name}</strong>
                    {person.role ? `, ${person.role}` : ''}
                    {person.phone ? <div>{person.phone}</div> : null}
                  </li>
                ))}
              </ul>
            </section>
            <section aria-label={t.what}>
              <h3>{t.what}</h3>
              <p className="call-script">{sheet.script ?? t.defaultScript}</p>
            </section>
          </div>
          <table className="grid" aria-label={t.invoices}>
            <thead>
              <tr>
                {choosesInvoices ? <th className="check" /> : null}
                <th>{fr.reminders.columns.invoices}</th>
                <th>{t.due}</th>
                <th className="num">{t.late}</th>
                <th className="num">{t.balance}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.invoices.map((invoice) => (
                <tr key={invoice.invoiceId}>
                  {choosesInvoices ? (
                    <td className="check">
                      <input type="checkbox" aria-label={`${t.which} : ${invoice.number}`} checked={chosen.has(invoice.invoiceId)} onChange={() => toggle(invoice.invoiceId)} />
                    </td>
                  ) : null}
                  <td>{invoice.number}</td>
                  <td>{formatFrenchDate(invoice.dueDate)}</td>
                  <td className="num">{fr.reminders.daysLate(invoice.daysLate)}</td>
                  <td className="num">{formatEuros(invoice.balanceCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="call-totals">
            {t.total} : <strong>{formatEuros(sheet.amountDueCents)}</strong> · {t.penalties} : <strong>{formatEuros(sheet.penaltiesCents)}</strong>
          </p>

          <fieldset className="call-outcome">
            <legend>{t.outcome}</legend>
            {CALL_OUTCOMES.map((value) => (
              <label key={value} className="inline-check">
                <input type="radio" name="outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
                {t.outcomes[value]}
              </label>
            ))}
          </fieldset>
          {outcome === 'no_answer' ? <p className="muted">{t.retryHint(sheet.retryDays)}</p> : null}
          {outcome === 'promise' ? (
            <div className="call-fields">
              <label className="field">
                <span className="label">{t.amount}</span>
                <input inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
              </label>
              <label className="field">
                <span className="label">{t.date}</span>
                <input type="date" required min={today} value={date} onChange={(event) => setDate(event.target.value)} />
              </label>
            </div>
          ) : null}
          {outcome === 'dispute' ? (
            <label className="field">
              <span className="label">{t.disputeReason}</span>
              <select required value={reason} onChange={(event) => setReason(event.target.value as DisputeReason)}>
                <option value="">{t.chooseReason}</option>
                {DISPUTE_REASONS.map((value) => (
                  <option key={value} value={value}>
                    {fr.disputes.reasons[value]}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="field">
            <span className="label">{t.note}</span>
            <textarea rows={2} maxLength={2000} value={note} required={outcome === 'paid' || outcome === 'note'} onChange={(event) => setNote(event.target.value)} />
          </label>
          {error ? (
            <p className="error-text" role="alert">
              {error}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="secondary" onClick={onCancel}>
              {fr.common.cancel}
            </button>
            <button type="submit" disabled={record.pending}>
              {t.save}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  )
}
