import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import type { ChannelInput } from '../../src-shared/contract'
import type { CompanyFields, PenaltyPolicy } from '../../src-shared/contract/company'
import { centsToEuroInput, readEuros } from '../euro-input'
import { fr } from '../i18n/fr'
import { useDossier } from '../stores/dossier'
import { useMutation, useQuery } from '../use-channel'
import { Field } from './Field'
import { useFocusFirstError } from './focus-first-error'
import { TermsAndPenaltyFields } from './TermsAndPenaltyFields'

const t = fr.company

type TextField =
  | 'legalName' | 'legalForm' | 'capital' | 'siren' | 'siret' | 'rcsCity' | 'vatNumber' | 'addressLine1' | 'addressLine2'
  | 'postalCode' | 'city' | 'country' | 'phone' | 'email' | 'website' | 'iban' | 'bic' | 'signatoryName' | 'signatoryTitle'
  | 'termsDays' | 'penaltyRate' | 'penaltyMultiple'

type FormValues = Record<TextField, string> & { termsEndOfMonth: boolean; penaltyPolicy: PenaltyPolicy }

const LEGAL_FORMS = ['EI', 'EURL', 'SARL', 'SAS', 'SASU', 'SA', 'SNC', 'SCI', 'SCOP', 'Association']

function valuesOf(fields: CompanyFields | null): FormValues {
  const text = (value: string | undefined) => value ?? ''
  const f = fields
  return {
    legalName: text(f?.legalName), legalForm: text(f?.legalForm),
    capital: f?.capitalCents === undefined ? '' : centsToEuroInput(f.capitalCents),
    siren: text(f?.siren), siret: text(f?.siret), rcsCity: text(f?.rcsCity), vatNumber: text(f?.vatNumber),
    addressLine1: text(f?.addressLine1), addressLine2: text(f?.addressLine2), postalCode: text(f?.postalCode),
    city: text(f?.city), country: f?.country ?? 'France', phone: text(f?.phone), email: text(f?.email),
    website: text(f?.website), iban: text(f?.iban), bic: text(f?.bic), signatoryName: text(f?.signatoryName),
    signatoryTitle: text(f?.signatoryTitle), termsDays: f?.termsDays === undefined ? '' : String(f.termsDays),
    termsEndOfMonth: f?.termsEndOfMonth ?? false, penaltyPolicy: f?.penaltyPolicy ?? 'legal',
    penaltyRate: f?.penaltyRateBp === undefined ? '' : centsToEuroInput(f.penaltyRateBp),
    penaltyMultiple: f?.penaltyMultiple === undefined ? '' : String(f.penaltyMultiple),
  }
}

/** Numbers typed in the form; what cannot be read is reported here, before calling the core. */
function payloadOf(values: FormValues): { payload?: ChannelInput<'company.update'>; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const { capital, termsDays, penaltyRate, penaltyMultiple, ...rest } = values
  const number = (reading: ReturnType<typeof readEuros>) => (reading.status === 'ok' ? reading.cents : reading.status === 'empty' ? undefined : null)
  const capitalCents = number(readEuros(capital))
  if (capitalCents === null) errors.capitalCents = t.unreadableAmount
  // A rate "12,15 %" is 1215 basis points: the same two-decimal reading as an amount.
  const penaltyRateBp = number(readEuros(penaltyRate.replace('%', '')))
  if (penaltyRateBp === null) errors.penaltyRateBp = t.unreadableRate
  const whole = (text: string) => (text.trim() === '' ? undefined : Number(text))
  if (capitalCents === null || penaltyRateBp === null) return { errors }
  return {
    errors,
    payload: { ...rest, capitalCents, penaltyRateBp, termsDays: whole(termsDays), penaltyMultiple: whole(penaltyMultiple) },
  }
}

/** Paramètres → Société: the creditor's identity printed on every letter, and its default terms. */
export function CompanyForm() {
  const [values, setValues] = useState<FormValues | null>(null)
  const [logo, setLogo] = useState<string | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const form = useRef<HTMLFormElement>(null)
  const showFirstError = useFocusFirstError(form)
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const reloadDossier = useDossier((state) => state.load)
  const company = useQuery('company.get', {})
  const update = useMutation('company.update')
  const saveLogo = useMutation('company.setLogo')

  useEffect(() => {
    if (!company.data) return
    setValues(valuesOf(company.data.fields))
    setLogo(company.data.logoDataUrl)
  }, [company.data])

  // A refused load is said, not left as « Chargement… » for ever.
  if (!values) return company.error ? <p className="form-summary" role="alert">{company.error.message}</p> : <p className="muted">{fr.common.loading}</p>
  const set = (patch: Partial<FormValues>) => setValues({ ...values, ...patch })

  const text = (name: TextField, label: string, options: { required?: boolean; hint?: string; span?: 1 | 2 | 3 | 4; error?: string } = {}) => (
    <Field id={`company-${name}`} label={label} error={errors[options.error ?? name]} required={options.required} hint={options.hint} span={options.span}>
      {(props) => <input {...props} name={name} value={values[name]} onChange={(event) => set({ [name]: event.target.value })} />}
    </Field>
  )

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!values) return
    const { payload, errors: local } = payloadOf(values)
    if (!payload) {
      setErrors(local)
      setNotice({ ok: false, text: fr.errors.formHasErrors })
      return showFirstError()
    }
    const result = await update.run(payload)
    if (!result.ok) {
      const fields = result.error.details?.fields ?? {}
      setErrors(fields)
      setNotice({ ok: false, text: Object.keys(fields).length > 0 ? fr.errors.formHasErrors : result.error.message })
      return showFirstError()
    }
    setErrors({})
    setNotice({ ok: true, text: t.saved })
    void reloadDossier()
  }

  async function chooseLogo(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    const dataUrl = await new Promise<string>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.readAsDataURL(file)
    })
    const result = await saveLogo.run({ dataUrl })
    if (result.ok) setLogo(dataUrl)
    setNotice(result.ok ? { ok: true, text: t.logoSaved } : { ok: false, text: result.error.details?.fields?.dataUrl ?? result.error.message })
  }

  async function removeLogo() {
    const result = await saveLogo.run({ dataUrl: null })
    if (result.ok) setLogo(null)
    else setNotice({ ok: false, text: result.error.message })
  }

  return (
    <form ref={form} className="panel form" onSubmit={submit} noValidate aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {notice ? <p className={notice.ok ? 'notice' : 'form-summary'} role={notice.ok ? 'status' : 'alert'}>{notice.text}</p> : null}
      <fieldset>
        <legend>{t.identity}</legend>
        {text('legalName', t.legalName, { required: true, span: 2 })}
        <Field id="company-legalForm" label={t.legalForm} error={errors.legalForm}>
          {(props) => (
            <input {...props} list="legal-forms" value={values.legalForm} onChange={(event) => set({ legalForm: event.target.value })} />
          )}
        </Field>
        <datalist id="legal-forms">{LEGAL_FORMS.map((form) => <option key={form} value={form} />)}</datalist>
        {text('capital', t.capital, { error: 'capitalCents', hint: t.capitalHint })}
        {text('siren', 'SIREN')}
        {text('siret', 'SIRET')}
        {text('rcsCity', t.rcsCity)}
        {text('vatNumber', t.vatNumber)}
      </fieldset>
      <fieldset>
        <legend>{t.address}</legend>
        {text('addressLine1', t.addressLine1, { span: 2 })}
        {text('addressLine2', t.addressLine2, { span: 2 })}
        {text('postalCode', t.postalCode)}
        {text('city', t.city, { span: 2 })}
        {text('country', t.country)}
        {text('phone', t.phone)}
        {text('email', t.email, { span: 2 })}
        {text('website', t.website)}
      </fieldset>
      <fieldset>
        <legend>{t.bank}</legend>
        {text('iban', 'IBAN', { span: 2 })}
        {text('bic', 'BIC')}
      </fieldset>
      <fieldset>
        <legend>{t.letters}</legend>
        {text('signatoryName', t.signatoryName)}
        {text('signatoryTitle', t.signatoryTitle)}
        <div className="field span-2 logo-field">
          <span className="label">{t.logo}</span>
          <div className="logo-row">
            {logo ? <img src={logo} alt={t.logoAlt} className="logo-preview" /> : <span className="muted">{t.noLogo}</span>}
            <label className="button-like secondary">
              {t.chooseLogo}
              <input type="file" accept="image/png,image/jpeg" className="visually-hidden" onChange={chooseLogo} />
            </label>
            {logo ? <button type="button" className="secondary small" onClick={removeLogo}>{t.removeLogo}</button> : null}
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.terms}</legend>
        <TermsAndPenaltyFields
          idPrefix="company"
          values={values}
          errors={errors}
          onChange={(patch) => set(patch as Partial<FormValues>)}
          termsDaysHint={t.termsDaysHint}
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={update.pending}>{fr.common.save}</button>
      </div>
    </form>
  )
}
