import { useState, type FormEvent } from 'react'
import type { ClientKind } from '../../src-shared/contract/clients'
import { invoke } from '../api'
import { fr } from '../i18n/fr'
import { Field } from './Field'

const t = fr.clients.form

type FormValues = Record<
  'code' | 'name' | 'siren' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city' | 'country' | 'emails' | 'phone',
  string
> & { kind: ClientKind }

const EMPTY: FormValues = {
  code: '',
  name: '',
  kind: 'pro',
  siren: '',
  addressLine1: '',
  addressLine2: '',
  postalCode: '',
  city: '',
  country: 'France',
  emails: '',
  phone: '',
}

interface ClientFormProps {
  onCreated(name: string): void
  onCancel(): void
}

/** Creates a client file. Validation is the contract's, done by the core: its French messages land under each field. */
export function ClientForm({ onCreated, onCancel }: ClientFormProps) {
  const [values, setValues] = useState<FormValues>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [summary, setSummary] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const text = (name: Exclude<keyof FormValues, 'kind'>, label: string, options: { required?: boolean; hint?: string; span?: 1 | 2 | 3 | 4; type?: string } = {}) => (
    <Field id={`client-${name}`} label={label} error={errors[name]} required={options.required} hint={options.hint} span={options.span}>
      {(props) => (
        <input
          {...props}
          name={name}
          type={options.type ?? 'text'}
          value={values[name]}
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        />
      )}
    </Field>
  )

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    const result = await invoke('clients.create', values)
    setSaving(false)
    if (result.ok) {
      onCreated(values.name.trim())
      return
    }
    const fields = result.error.details?.fields ?? {}
    setErrors(fields)
    setSummary(Object.keys(fields).length > 0 ? fr.errors.formHasErrors : result.error.message)
  }

  return (
    <form className="panel form" onSubmit={submit} noValidate aria-label={t.title}>
      <h2>{t.title}</h2>
      {summary ? (
        <p className="form-summary" role="alert">
          {summary}
        </p>
      ) : null}
      <fieldset>
        <legend>{t.identity}</legend>
        {text('code', t.code, { required: true, hint: t.codeHint })}
        {text('name', t.name, { required: true, span: 2 })}
        <Field id="client-kind" label={t.kind} error={errors.kind} required>
          {(props) => (
            <select
              {...props}
              name="kind"
              value={values.kind}
              onChange={(event) => setValues({ ...values, kind: event.target.value as ClientKind })}
            >
              <option value="pro">{fr.clients.kinds.pro}</option>
              <option value="particulier">{fr.clients.kinds.particulier}</option>
            </select>
          )}
        </Field>
        {text('siren', t.siren)}
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
      </fieldset>
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          {fr.common.cancel}
        </button>
        <button type="submit" disabled={saving}>
          {saving ? fr.common.saving : fr.common.save}
        </button>
      </div>
    </form>
  )
}
