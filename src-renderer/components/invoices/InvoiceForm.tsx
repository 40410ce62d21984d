import { useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import type { InvoiceDetail, InvoiceKind } from '../../../src-shared/contract/invoices'
import { formatEuros } from '../../../src-shared/money'
import { formatFrenchDate, type IsoDate } from '../../../src-shared/dates'
import { centsToEuroInput, readEuros } from '../../euro-input'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
import { Field } from '../Field'
import { useFocusFirstError } from '../focus-first-error'
import { ClientPicker, type PickedClient } from './ClientPicker'

const t = fr.invoices.form

interface Values {
  number: string
  issueDate: IsoDate | ''
  dueDate: IsoDate | ''
  amount: string
  amountExclTax: string
  label: string
}

/** Field errors keyed as the contract names its fields, so the core's and ours land in the same place. */
type Errors = Partial<Record<'clientId' | 'number' | 'issueDate' | 'dueDate' | 'amountCents' | 'amountExclTaxCents' | 'label', string>>
const SHOWN_FIELDS: ReadonlySet<string> = new Set(['clientId', 'number', 'issueDate', 'dueDate', 'amountCents', 'amountExclTaxCents', 'label'])

interface InvoiceFormProps {
  kind: InvoiceKind
  /** The core's date: the default issue date. */
  today: IsoDate
  onSaved(notice: string): void
  onCancel(): void
  /** The document to correct; absent, a new one is entered. */
  editing?: InvoiceDetail
  /** Entered from a client's file: that client, already chosen. */
  client?: PickedClient
}

function valuesOf(document: InvoiceDetail): Values {
  return {
    number: document.number,
    issueDate: document.issueDate,
    dueDate: document.dueDate,
    amount: centsToEuroInput(document.amountCents),
    amountExclTax: document.amountExclTaxCents === null ? '' : centsToEuroInput(document.amountExclTaxCents),
    label: document.label ?? '',
  }
}

/**
 * Enters an invoice or a credit note, or corrects one. Amounts are typed in euros and
 * sent in cents; the core checks the rest (a correction cannot go below what is settled).
 */
export function InvoiceForm({ kind, today, onSaved, onCancel, editing, client: preset }: InvoiceFormProps) {
  const [client, setClient] = useState<PickedClient | null>(
    editing ? { id: editing.clientId, code: editing.clientCode, name: editing.clientName, balanceCents: 0, overdueCents: 0, creditCents: 0 } : (preset ?? null),
  )
  // The cursor starts where typing starts: the client, unless it is already known.
  const clientKnown = editing !== undefined || preset !== undefined
  const [values, setValues] = useState<Values>(
    editing ? valuesOf(editing) : { number: '', issueDate: today, dueDate: '', amount: '', amountExclTax: '', label: '' },
  )
  // A date field half typed has an empty value: remember it, or an unfinished due date would silently become "computed".
  const [incomplete, setIncomplete] = useState<Partial<Record<'issueDate' | 'dueDate', boolean>>>({})
  const [errors, setErrors] = useState<Errors>({})
  const [summary, setSummary] = useState<string | null>(null)
  const form = useRef<HTMLFormElement>(null)
  const showFirstError = useFocusFirstError(form)
  const create = useMutation('invoices.create')
  const update = useMutation('invoices.update')
  const saving = create.pending || update.pending

  const clientId = client?.id ?? null
  const picked = useQuery('clients.get', clientId === null ? null : { id: clientId })
  /** The picked client's payment terms, for the due date's hint (none while another client's answer is still shown). */
  const pickedFields = picked.data?.id === clientId ? picked.data?.fields : undefined
  const terms = pickedFields
    ? pickedFields.termsDays === undefined
      ? fr.clientFile.defaultTerms
      : t.terms(pickedFields.termsDays, pickedFields.termsEndOfMonth)
    : null

  const set = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }))
  const onDate = (name: 'issueDate' | 'dueDate') => (event: ChangeEvent<HTMLInputElement>) => {
    set({ [name]: event.target.value })
    setIncomplete((current) => ({ ...current, [name]: event.target.validity.badInput }))
  }
  const credit = kind === 'credit_note'
  const title = editing ? t.editTitle(editing.number) : credit ? t.creditNoteTitle : t.invoiceTitle

  /** What can be told without the core: no client picked, an amount that is not a number, a date left half typed. */
  function localErrors(): { errors: Errors; amountCents?: number; amountExclTaxCents?: number } {
    const found: Errors = {}
    if (!client) found.clientId = t.chooseClient
    if (incomplete.issueDate) found.issueDate = t.incompleteDate
    if (incomplete.dueDate) found.dueDate = t.incompleteDate
    const amount = readEuros(values.amount)
    const exclTax = readEuros(values.amountExclTax)
    if (amount.status === 'unreadable') found.amountCents = t.unreadableAmount
    if (exclTax.status === 'unreadable') found.amountExclTaxCents = t.unreadableAmount
    return {
      errors: found,
      ...(amount.status === 'ok' ? { amountCents: amount.cents } : {}),
      ...(exclTax.status === 'ok' ? { amountExclTaxCents: exclTax.cents } : {}),
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const local = localErrors()
    if (Object.keys(local.errors).length > 0 || !client) {
      setErrors(local.errors)
      setSummary(fr.errors.formHasErrors)
      showFirstError()
      return
    }
    const fields = {
      clientId: client.id,
      number: values.number,
      kind,
      issueDate: values.issueDate,
      dueDate: values.dueDate || undefined,
      // Left out when empty: the contract then says the amount is required, in its words, before any call.
      amountCents: local.amountCents,
      amountExclTaxCents: local.amountExclTaxCents,
      label: values.label,
    }
    const result = editing ? await update.runDraft({ id: editing.id, fields }) : await create.runDraft(fields)
    if (result.ok) {
      const number = values.number.trim()
      onSaved(
        editing
          ? t.updated(number, formatFrenchDate(result.data.dueDate))
          : credit
            ? t.creditNoteCreated(number)
            : t.invoiceCreated(number, formatFrenchDate(result.data.dueDate)),
      )
      return
    }
    // An update's fields are nested under "fields." in the contract: shown under the same inputs.
    const refused = Object.fromEntries(
      Object.entries(result.error.details?.fields ?? {}).map(([path, message]) => [path.replace(/^fields\./, ''), message]),
    )
    setErrors(refused)
    // A refusal on a field this form does not show would be invisible under "check the fields": say it whole.
    const shown = Object.keys(refused).length > 0 && Object.keys(refused).every((path) => SHOWN_FIELDS.has(path))
    setSummary(shown ? fr.errors.formHasErrors : result.error.message)
    showFirstError()
  }

  return (
    <form ref={form} className={`panel form invoice-form${credit ? ' credit' : ''}`} onSubmit={submit} noValidate aria-label={title}>
      <h2>{title}</h2>
      {summary ? <p className="form-summary" role="alert">{summary}</p> : null}
      {picked.error ? <p className="error-text" role="alert">{picked.error.message}</p> : null}
      <fieldset>
        <legend>{t.document}</legend>
        <Field id="invoice-client" label={t.client} error={errors.clientId} required span={2}>
          {(props) => (
            <ClientPicker
              inputProps={props}
              value={client}
              disabled={editing !== undefined}
              autoFocus={!clientKnown}
              onChange={(picked) => {
                setClient(picked)
                if (picked) setErrors(({ clientId: _cleared, ...rest }) => rest)
              }}
            />
          )}
        </Field>
        <Field id="invoice-number" label={credit ? t.creditNoteNumber : t.number} error={errors.number} required hint={credit ? t.creditNoteNumberHint : t.numberHint}>
          {(props) => (
            // A correction opens on the number: the client is fixed.
            <input {...props} name="number" autoFocus={clientKnown} value={values.number} onChange={(event) => set({ number: event.target.value })} />
          )}
        </Field>
        <Field id="invoice-issue-date" label={t.issueDate} error={errors.issueDate} required>
          {(props) => <input {...props} type="date" name="issueDate" value={values.issueDate} onChange={onDate('issueDate')} />}
        </Field>
        <Field id="invoice-due-date" label={t.dueDate} error={errors.dueDate} hint={terms ? t.dueDateHintTerms(terms) : t.dueDateHint}>
          {(props) => <input {...props} type="date" name="dueDate" value={values.dueDate} min={values.issueDate || undefined} onChange={onDate('dueDate')} />}
        </Field>
        <Field id="invoice-label" label={t.label} error={errors.label} hint={t.labelHint} span={3}>
          {(props) => <input {...props} name="label" value={values.label} onChange={(event) => set({ label: event.target.value })} />}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t.amounts}</legend>
        <Field
          id="invoice-amount"
          label={t.amount}
          error={errors.amountCents}
          required
          hint={editing && editing.settledCents > 0 ? t.settledFloor(formatEuros(editing.settledCents)) : t.amountHint}
        >
          {(props) => (
            <input {...props} name="amount" inputMode="decimal" className="num" value={values.amount} onChange={(event) => set({ amount: event.target.value })} />
          )}
        </Field>
        <Field id="invoice-amount-excl-tax" label={t.amountExclTax} error={errors.amountExclTaxCents} hint={t.amountExclTaxHint}>
          {(props) => (
            <input
              {...props}
              name="amountExclTax"
              inputMode="decimal"
              className="num"
              value={values.amountExclTax}
              onChange={(event) => set({ amountExclTax: event.target.value })}
            />
          )}
        </Field>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onCancel}>{fr.common.cancel}</button>
        <button type="submit" disabled={saving}>{saving ? fr.common.saving : editing ? t.saveChanges : credit ? t.saveCreditNote : t.saveInvoice}</button>
      </div>
    </form>
  )
}
