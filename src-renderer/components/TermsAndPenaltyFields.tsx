import { PENALTY_POLICIES, type PenaltyPolicy } from '../../src-shared/contract/company'
import { fr } from '../i18n/fr'
import { Field } from './Field'

export interface TermsAndPenaltyValues {
  termsDays: string
  termsEndOfMonth: boolean
  /** '' = inherit (a client following the dossier's policy). */
  penaltyPolicy: PenaltyPolicy | ''
  penaltyRate: string
  penaltyMultiple: string
}

interface TermsAndPenaltyFieldsProps {
  idPrefix: string
  values: TermsAndPenaltyValues
  errors: Record<string, string>
  onChange(patch: Partial<TermsAndPenaltyValues>): void
  termsDaysHint: string
  /** Label of the '' option; absent when a policy must be chosen (the dossier's own). */
  inheritLabel?: string
}

const t = fr.company

/** Payment terms and late-payment policy: the same inputs on the company and on a client. */
export function TermsAndPenaltyFields({ idPrefix, values, errors, onChange, termsDaysHint, inheritLabel }: TermsAndPenaltyFieldsProps) {
  const input = (name: 'termsDays' | 'penaltyRate' | 'penaltyMultiple', label: string, error: string, hint?: string) => (
    <Field id={`${idPrefix}-${name}`} label={label} error={errors[error]} hint={hint}>
      {(props) => <input {...props} name={name} value={values[name]} onChange={(event) => onChange({ [name]: event.target.value })} />}
    </Field>
  )
  return (
    <>
      {input('termsDays', t.termsDays, 'termsDays', termsDaysHint)}
      <div className="field checkbox">
        <label>
          <input type="checkbox" checked={values.termsEndOfMonth} onChange={(event) => onChange({ termsEndOfMonth: event.target.checked })} />{' '}
          {t.termsEndOfMonth}
        </label>
      </div>
      <Field id={`${idPrefix}-penaltyPolicy`} label={t.penaltyPolicy} error={errors.penaltyPolicy} span={2}>
        {(props) => (
          <select {...props} value={values.penaltyPolicy} onChange={(event) => onChange({ penaltyPolicy: event.target.value as PenaltyPolicy | '' })}>
            {inheritLabel ? <option value="">{inheritLabel}</option> : null}
            {PENALTY_POLICIES.map((policy) => <option key={policy} value={policy}>{t.policies[policy]}</option>)}
          </select>
        )}
      </Field>
      {values.penaltyPolicy === 'fixed' ? input('penaltyRate', t.penaltyRate, 'penaltyRateBp', t.penaltyRateHint) : null}
      {values.penaltyPolicy === 'legalInterestMultiple' ? input('penaltyMultiple', t.penaltyMultiple, 'penaltyMultiple', t.penaltyMultipleHint) : null}
    </>
  )
}
