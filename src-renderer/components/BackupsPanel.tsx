import { useEffect, useState, type FormEvent } from 'react'
import type { BackupsState } from '../../src-shared/contract/backups'
import { fr } from '../i18n/fr'
import { useDossier } from '../stores/dossier'
import { useMutation, useQuery } from '../use-channel'
import { Field } from './Field'

const t = fr.backups
const POLL_MS = 200

const when = (iso: string) =>
  new Date(iso).toLocaleString('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })

/**
 * Paramètres → Sauvegardes: the dossier's backups with their date, reason and contents,
 * a backup on demand, the restore of any of them (confirmed once, the current state kept
 * first), and where backups go and how many are kept.
 */
export function BackupsPanel() {
  const [state, setState] = useState<BackupsState | null>(null)
  const [progress, setProgress] = useState<string | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [form, setForm] = useState({ secondFolder: '', keepLast: '10', keepMonths: '12' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const reloadDossier = useDossier((s) => s.load)
  const list = useQuery('backups.list', {})
  const start = useMutation('backups.start')
  // The job is followed from the click that started it, one call per tick until it ends.
  const job = useMutation('backups.job')
  const restoring = useMutation('backups.restore')
  const saving = useMutation('backups.saveSettings')

  const show = (next: BackupsState) => {
    setState(next)
    setForm({ secondFolder: next.settings.secondFolder ?? '', keepLast: String(next.settings.keepLast), keepMonths: String(next.settings.keepMonths) })
  }
  useEffect(() => {
    if (list.data) show(list.data)
  }, [list.data])
  const load = list.reload

  async function backupNow() {
    setMessage(null)
    const started = await start.run({})
    if (!started.ok) return setMessage({ ok: false, text: started.error.message })
    setProgress(t.backingUp(0, 0))
    for (;;) {
      const status = await job.run({ jobId: started.data.jobId })
      if (!status.ok || status.data.state !== 'running') {
        setProgress(null)
        if (!status.ok) setMessage({ ok: false, text: status.error.message })
        else if (status.data.state === 'done') setMessage({ ok: true, text: t.backedUp(status.data.written.length) })
        else setMessage({ ok: false, text: status.data.error?.message ?? '' })
        return load()
      }
      setProgress(t.backingUp(status.data.done, status.data.total))
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }

  async function restore(name: string) {
    if (confirming !== name) return setConfirming(name)
    setConfirming(null)
    const result = await restoring.run({ name })
    setMessage(result.ok ? { ok: true, text: t.restored(result.data.restored) } : { ok: false, text: result.error.message })
    void reloadDossier()
    load()
  }

  async function saveSettings(event: FormEvent) {
    event.preventDefault()
    const result = await saving.run({
      secondFolder: form.secondFolder.trim() || null,
      keepLast: Number(form.keepLast),
      keepMonths: Number(form.keepMonths),
    })
    if (!result.ok) {
      const fields = result.error.details?.fields ?? {}
      setErrors(fields)
      // A refusal no field explains (the folder cannot be written, say) is said above.
      return setMessage(Object.keys(fields).length > 0 ? null : { ok: false, text: result.error.message })
    }
    setErrors({})
    show(result.data)
    setMessage({ ok: true, text: t.saved })
  }

  const input = (name: keyof typeof form, label: string, hint?: string) => (
    <Field id={`backups-${name}`} label={label} error={errors[name]} hint={hint} span={name === 'secondFolder' ? 4 : 2}>
      {(props) => <input {...props} value={form[name]} onChange={(event) => setForm({ ...form, [name]: event.target.value })} />}
    </Field>
  )

  return (
    <section className="panel" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {list.error ? <p className="error-text" role="alert">{list.error.message}</p> : null}
      {state && !state.secondFolderReachable ? <p className="error-text" role="alert">{t.secondFolderUnreachable}</p> : null}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={backupNow} disabled={progress !== null || start.pending}>
          {progress ?? t.backupNow}
        </button>
      </div>
      {message ? <p className={message.ok ? 'notice' : 'error-text'} role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
      {state && state.backups.length === 0 ? <p className="muted">{t.none}</p> : null}
      {state && state.backups.length > 0 ? (
        <table className="grid" aria-label={t.table}>
          <thead>
            <tr>
              <th scope="col">{t.columns.takenAt}</th>
              <th scope="col">{t.columns.reason}</th>
              <th scope="col">{t.columns.contents}</th>
              <th scope="col">{t.columns.folder}</th>
              <th scope="col">{t.columns.action}</th>
            </tr>
          </thead>
          <tbody>
            {state.backups.map((backup) => (
              <tr key={`${backup.folder}/${backup.name}`}>
                <td>{when(backup.takenAt)}</td>
                <td>{t.reasons[backup.reason] ?? backup.reason}</td>
                <td>{backup.contents ? t.contents(backup.contents.clients, backup.contents.invoices) : t.unreadable}</td>
                <td className="muted path" title={backup.folder}>{backup.folder}</td>
                <td>
                  <button type="button" className="secondary" disabled={restoring.pending} onClick={() => void restore(backup.name)}>
                    {confirming === backup.name ? t.confirmRestore : t.restore}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="form" onSubmit={saveSettings} noValidate aria-label={t.settingsTitle}>
        <fieldset>
          <legend>{t.settingsTitle}</legend>
          {input('secondFolder', t.secondFolder, t.secondFolderHint)}
          {input('keepLast', t.keepLast)}
          {input('keepMonths', t.keepMonths)}
        </fieldset>
        <div className="form-actions"><button type="submit" disabled={saving.pending}>{fr.common.save}</button></div>
      </form>
    </section>
  )
}
