import { useRef, useState, type FormEvent } from 'react'
import type { ClientFields, ClientKind } from '../../src-shared/contract/clients'
import type { PenaltyPolicy } from '../../src-shared/contract/company'
import { centsToEuroInput, readEuros } from '../euro-input'
import { fr } from '../i18n/fr'
import { useMutation, useQuery } from '../use-channel'
import { Field } from './Field'
import { useFocusFirstError } from './focus-first-error'
import { TermsAndPenaltyFields } from './TermsAndPenaltyFields'

const t = fr.clients.form

type TextField =
  | 'code' | 'name' | 'siren' | 'siret' | 'vatNumber' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city'
  | 'country' | 'emails' | 'phone' | 'termsDays' | 'segment' | 'notes' | 'penaltyRate' | 'penaltyMultiple' | 'creditLimit'

interface Contact {
  name: string
  role: string
  email: string
  phone: string
}

type FormValues = Record<TextField, string> & {
  kind: ClientKind
  termsEndOfMonth: boolean
  contacts: Contact[]
  /** '' = the dossier's policy. */
  penaltyPolicy: PenaltyPolicy | ''
}

const EMPTY: FormValues = {
  code: '', name: '', kind: 'pro', siren: '', siret: '', vatNumber: '', addressLine1: '', addressLine2: '',
  postalCode: '', city: '', country: 'France', emails: '', phone: '', termsDays: '', termsEndOfMonth: false,
  segment: '', notes: '', contacts: [], penaltyPolicy: '', penaltyRate: '', penaltyMultiple: '', creditLimit: '',
}

function valuesOf(fields: ClientFields): FormValues {
  const text = (value: string | undefined) => value ?? ''
  return {
    code: fields.code, name: fields.name, kind: fields.kind, siren: text(fields.siren), siret: text(fields.siret),
    vatNumber: text(fields.vatNumber), addressLine1: text(fields.addressLine1), addressLine2: text(fields.addressLine2),
    postalCode: text(fields.postalCode), city: text(fields.city), country: text(fields.country), emails: text(fields.emails),
    phone: text(fields.phone), termsDays: fields.termsDays === undefined ? '' : String(fields.termsDays),
    termsEndOfMonth: fields.termsEndOfMonth, segment: text(fields.segment), notes: text(fields.notes),
    contacts: fields.contacts.map((c) => ({ name: c.name, role: text(c.role), email: text(c.email), phone: text(c.phone) })),
    creditLimit: fields.creditLimitCents === undefined ? '' : centsToEuroInput(fields.creditLimitCents),
    penaltyPolicy: fields.penaltyPolicy ?? '',
    penaltyRate: fields.penaltyRateBp === undefined ? '' : centsToEuroInput(fields.penaltyRateBp),
    penaltyMultiple: fields.penaltyMultiple === undefined ? '' : String(fields.penaltyMultiple),
  }
}

/** The form's values as the contract reads them; the core validates and answers in French. */
function payloadOf(values: FormValues) {
  const { termsDays, penaltyPolicy, penaltyRate, penaltyMultiple, creditLimit, ...rest } = values
  const whole = (text: string) => (text.trim() === '' ? undefined : Number(text.replace(',', '.')))
  // Unreadable amounts are sent as NaN: the core refuses them with its French message.
  const cents = (text: string) => {
    const reading = readEuros(text)
    return reading.status === 'ok' ? reading.cents : reading.status === 'empty' ? undefined : Number.NaN
  }
  return {
    ...rest,
    creditLimitCents: cents(creditLimit),
    termsDays: whole(termsDays),
    penaltyPolicy: penaltyPolicy === '' ? undefined : penaltyPolicy,
    // A rate "15,00" is 1500 basis points: read like an amount.
    penaltyRateBp: cents(penaltyRate.replace('%', '')),
    penaltyMultiple: whole(penaltyMultiple),
  }
}

interface ClientFormProps {
  /** Editing an existing client; creating a new one when absent. */
  editing?: { id: number; fields: ClientFields }
  onSaved(id: number, name: string): void
  onCancel(): void
}

/** Creates or edits a client file. Validation is the contract's, done by the core: its messages land under each field. */
export function ClientForm({ editing, onSaved, onCancel }: ClientFormProps) {
  const [values, setValues] = useState<FormValues>(editing ? valuesOf(editing.fields) : EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState<string | null>(null)
  const segments = useQuery('clients.segments', {})
  const create = useMutation('clients.create')
  const update = useMutation('clients.update')
  const saving = create.pending || update.pending
  const form = useRef<HTMLFormElement>(null)
  const showFirstError = useFocusFirstError(form)

  const set = (patch: Partial<FormValues>) => setValues((current) => ({ ...current, ...patch }))

  const text = (
    name: TextField,
    label: string,
    options: { required?: boolean; hint?: string; span?: 1 | 2 | 3 | 4; type?: string; list?: string; autoFocus?: boolean } = {},
  ) => (
    <Field id={`client-${name}`} label={label} error={errors[name]} required={options.required} hint={options.hint} span={options.span}>
      {(props) => (
        <input
          {...props}
          name={name}
          type={options.type ?? 'text'}
          list={options.list}
          autoFocus={options.autoFocus}
          value={values[name]}
          onChange={(event) => set({ [name]: event.target.value })}
        />
      )}
    </Field>
  )

  const setContact = (index: number, patch: Partial<Contact>) =>
    set({ contacts: values.contacts.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)) })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const payload = payloadOf(values)
    const result = editing ? await update.run({ id: editing.id, fields: payload }) : await create.run(payload)
    if (result.ok) {
      onSaved(result.data.id, values.name.trim())
      return
    }
    // clients.update nests the form under `fields`: its errors name "fields.postalCode".
    const fields = Object.fromEntries(
      Object.entries(result.error.details?.fields ?? {}).map(([path, message]) => [path.replace(/^fields\./, ''), message]),
    )
    setErrors(fields)
    setSummary(Object.keys(fields).length > 0 ? fr.errors.formHasErrors : result.error.message)
    showFirstError()
  }

  const title = editing ? t.editTitle : t.title
  return (
    <form ref={form} className="panel form" onSubmit={submit} noValidate aria-label={title}>
      <h2>{title}</h2>
      {summary ? <p className="form-summary" role="alert">{summary}</p> : null}
      {segments.error ? <p className="error-text" role="alert">{segments.error.message}</p> : null}
      <fieldset>
        <legend>{t.identity}</legend>
        {text('code', t.code, { required: true, hint: t.codeHint, autoFocus: true })}
        {text('name', t.name, { required: true, span: 2 })}
        <Field id="client-kind" label={t.kind} error={errors.kind} required>
          {(props) => (
            <select {...props} name="kind" value={values.kind} onChange={(event) => set({ kind: event.target.value as ClientKind })}>
              <option value="pro">{fr.clients.kinds.pro}</option>
              <option value="particulier">{fr.clients.kinds.particulier}</option>
            </select>
          )}
        </Field>
        {text('siren', t.siren)}
        {text('siret', t.siret)}
        {text('vatNumber', t.vatNumber)}
        {text('segment', t.segment, { list: 'client-segments', hint: t.segmentHint })}
        <datalist id="client-segments">
          {(segments.data ?? []).map((segment) => <option key={segment} value={segment} />)}
        </datalist>
      </fieldset>
      <fieldset>
        <legend>{t.address}</legend>
        {text('addressLine1', t.addressLine1, { span: 2 })}
        {text('addressLine2', t.addressLine2, { span: 2 })}
        {text('postalCode', t.postalCode)}
        {text('city', t.city, { span: 2 })}
        {text('country', t.country)}
      </fieldset>
      <fieldset>
        <legend>{t.contact}</legend>
        {text('emails', t.emails, { hint: t.emailsHint, span: 2, type: 'email' })}
        {text('phone', t.phone, { type: 'tel' })}
        <div className="field span-4 contacts">
          {values.contacts.map((contact, index) => (
            <div className="contact-row" key={index}>
              {(['name', 'role', 'email', 'phone'] as const).map((key) => (
                <Field key={key} id={`contact-${index}-${key}`} label={t.contactFields[key]} error={errors[`contacts.${index}.${key}`]}>
                  {(props) => <input {...props} value={contact[key]} onChange={(event) => setContact(index, { [key]: event.target.value })} />}
                </Field>
              ))}
              <button type="button" className="secondary small" onClick={() => set({ contacts: values.contacts.filter((_, i) => i !== index) })}>
                {t.removeContact}
              </button>
            </div>
          ))}
          <div>
            <button type="button" className="secondary small" onClick={() => set({ contacts: [...values.contacts, { name: '', role: '', email: '', phone: '' }] })}>
              {t.addContact}
            </button>
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.terms}</legend>
        <TermsAndPenaltyFields
          idPrefix="client"
          values={values}
          errors={errors}
          onChange={set}
          termsDaysHint={t.termsDaysHint}
          inheritLabel={t.dossierPolicy}
        />
        {text('creditLimit', t.creditLimit, { hint: t.creditLimitHint })}
        <Field id="client-notes" label={t.notes} error={errors.notes} span={4}>
          {(props) => <textarea {...props} rows={3} value={values.notes} onChange={(event) => set({ notes: event.target.value })} />}
        </Field>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onCancel}>{fr.common.cancel}</button>
        <button type="submit" disabled={saving}>{saving ? fr.common.saving : fr.common.save}</button>
      </div>
    </form>
  )
}
