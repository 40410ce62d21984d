import { useState, type FormEvent } from 'react'
import { readDecimalHundredths } from '../../src-shared/amounts'
import { fr } from '../i18n/fr'
import { useMutation, useQuery } from '../use-channel'
import { Field } from './Field'

const t = fr.rates

/** "2,15 %" from basis points. */
const pct = (bp: number) => `${(bp / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2 })} %`
/** "2026-H2" → "2e semestre 2026". */
const halfYearLabel = (key: string) => `${key.endsWith('H1') ? '1er' : '2e'} semestre ${key.slice(0, 4)}`

const EMPTY = { halfYear: '', ecb: '', individual: '', other: '', source: '' }

/**
 * The dossier's rate tables: the ECB reference rate (penalties = ECB + 10 points) and the
 * legal interest rates, per half-year. Rates are published after the fact: the accountant
 * adds the new half-year here, with its source, when it comes out.
 */
export function RatesPanel() {
  const rates = useQuery('rates.list', {})
  const save = useMutation('rates.save')
  const [form, setForm] = useState(EMPTY)
  const [notice, setNotice] = useState<string | null>(null)
  const errors = save.fieldErrors

  // A percentage in basis points (« 2,15 » → 215; a point is never thousands in a rate). Left out
  // when empty and NaN when unreadable: the channel's schema then refuses it in its own words.
  const bp = (text: string): number | undefined => {
    const written = text.replace('%', '').trim()
    return written === '' ? undefined : (readDecimalHundredths(written) ?? Number.NaN)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const result = await save.runDraft({
      halfYear: form.halfYear.trim().toUpperCase(),
      ecbRefBp: bp(form.ecb),
      legalIndividualBp: bp(form.individual),
      legalOtherBp: bp(form.other),
      source: form.source,
    })
    setNotice(result.ok ? t.saved(halfYearLabel(result.data.halfYear)) : null)
    if (!result.ok) return
    setForm(EMPTY)
    rates.reload()
  }

  const input = (name: keyof typeof EMPTY, label: string, error: string, hint?: string) => (
    <Field id={`rate-${name}`} label={label} error={errors[error]} hint={hint} span={name === 'source' ? 4 : 1}>
      {(props) => <input {...props} value={form[name]} onChange={(event) => setForm({ ...form, [name]: event.target.value })} />}
    </Field>
  )

  return (
    <section className="panel rates" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <form className="form" onSubmit={submit} noValidate aria-label={t.formTitle}>
        <fieldset>
          <legend>{t.formTitle}</legend>
          {input('halfYear', t.halfYear, 'halfYear', t.halfYearHint)}
          {input('ecb', t.ecb, 'ecbRefBp', t.ecbHint)}
          {input('individual', t.individual, 'legalIndividualBp')}
          {input('other', t.other, 'legalOtherBp')}
          {input('source', t.source, 'source', t.sourceHint)}
        </fieldset>
        {notice ? <p className="notice" role="status">{notice}</p> : null}
        <div className="form-actions"><button type="submit" disabled={save.pending}>{t.submit}</button></div>
      </form>
      {rates.error ? <p className="error-text" role="alert">{rates.error.message}</p> : null}
      <div className="rates-scroll">
        <table className="grid" aria-label={t.table}>
          <thead>
            <tr>
              <th scope="col">{t.columns.halfYear}</th>
              <th scope="col" className="num">{t.columns.ecb}</th>
              <th scope="col" className="num">{t.columns.b2b}</th>
              <th scope="col" className="num">{t.columns.individual}</th>
              <th scope="col" className="num">{t.columns.other}</th>
              <th scope="col" className="num">{t.columns.floor}</th>
              <th scope="col">{t.columns.source}</th>
            </tr>
          </thead>
          <tbody>
            {(rates.data ?? []).map((row) => (
              <tr key={row.halfYear}>
                <td>{halfYearLabel(row.halfYear)}</td>
                <td className="num">{pct(row.ecbRefBp)}</td>
                <td className="num">{pct(row.ecbRefBp + 1000)}</td>
                <td className="num">{pct(row.legalIndividualBp)}</td>
                <td className="num">{pct(row.legalOtherBp)}</td>
                <td className="num">{pct(row.legalOtherBp * 3)}</td>
                <td className="source">{row.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
