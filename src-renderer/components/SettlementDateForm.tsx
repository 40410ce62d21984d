import { useState, type FormEvent } from 'react'
import { PAYMENT_METHODS, type PaymentMethod, type PaymentRow } from '../../src-shared/contract/payments'
import { fr } from '../i18n/fr'
import { useMutation } from '../use-channel'

const t = fr.settledBeforeImport

/**
 * The real date (and means) of a settlement an import could only assume: once given, the
 * amount counts as cash of that day and as how the client pays, and penalties follow it.
 */
export function SettlementDateForm({ payment, onSaved, onCancel }: { payment: PaymentRow; onSaved(): void; onCancel(): void }) {
  const [date, setDate] = useState('')
  const [method, setMethod] = useState<PaymentMethod | ''>('')
  const dating = useMutation('payments.setDate')

  async function save(event: FormEvent) {
    event.preventDefault()
    const result = await dating.run({ id: payment.id, date, ...(method === '' ? {} : { method }) })
    if (result.ok) onSaved()
  }

  return (
    <form className="inline-form" onSubmit={save} aria-label={t.giveDate}>
      <input type="date" required aria-label={t.realDate} value={date} onChange={(event) => setDate(event.target.value)} />
      <select aria-label={t.method} value={method} onChange={(event) => setMethod(event.target.value as PaymentMethod | '')}>
        <option value="">{t.methodUnknown}</option>
        {PAYMENT_METHODS.map((id) => (
          <option key={id} value={id}>{fr.paymentMethods[id]}</option>
        ))}
      </select>
      <button type="submit" className="small" disabled={dating.pending}>{t.save}</button>
      <button type="button" className="secondary small" onClick={onCancel}>{t.cancel}</button>
      {dating.error ? <p className="error-text" role="alert">{dating.error.message}</p> : null}
    </form>
  )
}
