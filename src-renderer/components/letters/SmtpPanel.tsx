import { useEffect, useState, type FormEvent } from 'react'
import { SMTP_SECURITIES, type SmtpSettings } from '../../../src-shared/contract/mail'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
import { Field } from '../Field'

const t = fr.letters.smtp

interface Draft {
  host: string
  port: string
  security: (typeof SMTP_SECURITIES)[number]
  user: string
  password: string
  senderName: string
  senderAddress: string
  replyTo: string
  copyToSelf: boolean
}

const EMPTY: Draft = { host: '', port: '587', security: 'starttls', user: '', password: '', senderName: '', senderAddress: '', replyTo: '', copyToSelf: false }

/** Paramètres → Messagerie: the SMTP server, its password kept safe, and a test message. */
export function SmtpPanel() {
  const [settings, setSettings] = useState<SmtpSettings | null>(null)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const loaded = useQuery('mail.settings', {})
  const saving = useMutation('mail.saveSettings')
  const testing = useMutation('mail.test')

  useEffect(() => {
    if (!loaded.data) return
    setSettings(loaded.data)
    const fields = loaded.data.fields
    if (fields) {
      setDraft({ ...EMPTY, ...fields, port: String(fields.port), user: fields.user ?? '', replyTo: fields.replyTo ?? '' })
    }
  }, [loaded.data])

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }))

  async function save(event: FormEvent) {
    event.preventDefault()
    setStatus(null)
    setError(null)
    const result = await saving.run({
      ...draft,
      port: Number(draft.port),
      password: draft.password === '' ? undefined : draft.password,
    })
    if (!result.ok) {
      setErrors(result.error.details?.fields ?? {})
      return setError(result.error.message)
    }
    setErrors({})
    setSettings(result.data)
    set('password', '')
    setStatus(t.saved)
  }

  async function test() {
    setStatus(null)
    setError(null)
    const result = await testing.run({})
    if (result.ok) setStatus(t.testSent(result.data.to))
    else setError(result.error.message)
  }

  const text = (key: 'host' | 'port' | 'user' | 'senderName' | 'senderAddress' | 'replyTo', label: string, type = 'text') => (
    <Field id={`smtp-${key}`} label={label} error={errors[key]}>
      {(props) => <input {...props} type={type} value={draft[key]} onChange={(event) => set(key, event.target.value)} />}
    </Field>
  )

  return (
    <section className="panel" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {settings && !settings.keychainAvailable ? <p className="muted">{t.noKeychain}</p> : null}
      <form className="form" aria-label={t.title} onSubmit={save} noValidate>
        {text('host', t.host)}
        {text('port', t.port)}
        <Field id="smtp-security" label={t.security} error={errors.security}>
          {(props) => (
            <select {...props} value={draft.security} onChange={(event) => set('security', event.target.value as Draft['security'])}>
              {SMTP_SECURITIES.map((security) => (
                <option key={security} value={security}>{t.securities[security]}</option>
              ))}
            </select>
          )}
        </Field>
        {text('user', t.user)}
        <Field id="smtp-password" label={t.password} error={errors.password} hint={settings ? t.passwordKept[settings.password] : undefined}>
          {(props) => <input {...props} type="password" autoComplete="new-password" value={draft.password} onChange={(event) => set('password', event.target.value)} />}
        </Field>
        {text('senderName', t.senderName)}
        {text('senderAddress', t.senderAddress, 'email')}
        {text('replyTo', t.replyTo, 'email')}
        <label className="inline-check">
          <input type="checkbox" checked={draft.copyToSelf} onChange={(event) => set('copyToSelf', event.target.checked)} /> {t.copyToSelf}
        </label>
        <div className="form-actions">
          <button type="submit" disabled={saving.pending}>{fr.common.save}</button>
          <button type="button" className="secondary" onClick={() => void test()} disabled={!settings?.fields || testing.pending}>
            {t.test}
          </button>
        </div>
      </form>
      {status ? <p className="notice" role="status">{status}</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {loaded.error ? <p className="field-error" role="alert">{loaded.error.message}</p> : null}
    </section>
  )
}
