import { useCallback, useEffect, useState, type FormEvent } from 'react'
import type { OutboxMessage } from '../../../src-shared/contract/mail'
import { invoke } from '../../api'
import { downloadFile } from '../../download-file'
import { fr } from '../../i18n/fr'

const t = fr.letters.outbox
/** The core sends what is due by itself (mail/outbox-drain.ts); the page shows where each message stands. */
const REFRESH_EVERY_MS = 15_000

const time = (iso: string) => new Date(iso).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })

/** The outbox: validated e-mails queued with their PDF, sent in the background, each with its state. */
export function Outbox() {
  const [messages, setMessages] = useState<OutboxMessage[]>([])
  const [refused, setRefused] = useState<Array<{ actionId: number; clientName: string; message: string }>>([])
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [askPassword, setAskPassword] = useState(false)
  const [password, setPassword] = useState('')

  const reload = useCallback(async () => {
    const list = await invoke('mail.outbox', {})
    if (list.ok) setMessages(list.data)
  }, [])

  const send = useCallback(
    async (now: boolean) => {
      const result = await invoke('mail.send', { now })
      if (result.ok) {
        setError(null)
        if (now) setStatus(t.sendOutcome(result.data.sent, result.data.waiting, result.data.failed))
      } else {
        setAskPassword(result.error.details?.needsPassword === true)
        if (now || result.error.details?.needsPassword) setError(result.error.message)
      }
      await reload()
    },
    [reload],
  )

  useEffect(() => {
    void (async () => {
      const queued = await invoke('mail.enqueue', {})
      if (queued.ok) setRefused(queued.data.refused)
      await reload()
      const settings = await invoke('mail.settings', {})
      if (settings.ok && settings.data.fields) await send(false)
    })()
    const timer = window.setInterval(() => void reload(), REFRESH_EVERY_MS)
    return () => window.clearInterval(timer)
  }, [reload, send])

  async function givePassword(event: FormEvent) {
    event.preventDefault()
    const result = await invoke('mail.sessionPassword', { password })
    if (!result.ok) return setError(result.error.message)
    setAskPassword(false)
    setPassword('')
    await send(true)
  }

  async function act(channel: 'mail.retry' | 'mail.cancel', id: number) {
    const result = await invoke(channel, { id })
    if (!result.ok) setError(result.error.message)
    await reload()
  }

  async function exportEml(id: number) {
    const file = await invoke('mail.exportEml', { id })
    if (file.ok) downloadFile(file.data)
    else setError(file.error.message)
  }

  return (
    <section className="panel outbox" aria-label={t.title}>
      <div className="panel-header">
        <h2>{t.title}</h2>
        <button type="button" className="secondary" onClick={() => void send(true)} disabled={messages.every((m) => m.status !== 'queued')}>
          {t.sendNow}
        </button>
      </div>
      <p className="muted">{t.intro}</p>
      {askPassword ? (
        <form className="tracking-form" onSubmit={givePassword} noValidate>
          <label htmlFor="outbox-password">{t.passwordPrompt}</label>
          <input id="outbox-password" type="password" value={password} onChange={(event) => setPassword(event.target.value)} />
          <button type="submit" className="small">{t.passwordSubmit}</button>
        </form>
      ) : null}
      {messages.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th>{t.columns.client}</th>
              <th>{t.columns.to}</th>
              <th>{t.columns.subject}</th>
              <th>{t.columns.status}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id}>
                <td>{message.clientName}</td>
                <td>{message.to}</td>
                <td>{message.subject}</td>
                <td>
                  <span className={`state-badge outbox-${message.status}`}>{t.statuses[message.status]}</span>
                  {message.status === 'queued' && message.nextAttemptAt ? <div className="muted">{t.nextAttempt(time(message.nextAttemptAt))}</div> : null}
                  {message.lastError && message.status !== 'sent' ? <div className="muted">{message.lastError}</div> : null}
                  {message.serverResponse ? <div className="muted">{t.serverId(message.serverResponse)}</div> : null}
                </td>
                <td className="actions">
                  <button type="button" className="small secondary" onClick={() => void exportEml(message.id)}>{t.eml}</button>
                  {message.status === 'failed' || message.status === 'cancelled' ? (
                    <button type="button" className="small secondary" onClick={() => void act('mail.retry', message.id)}>{t.retry}</button>
                  ) : null}
                  {message.status === 'queued' || message.status === 'failed' ? (
                    <button type="button" className="small secondary" onClick={() => void act('mail.cancel', message.id)}>{t.cancel}</button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {refused.length > 0 ? (
        <div role="alert">
          <strong>{t.refusedTitle}</strong>
          <ul className="refused-list">
            {refused.map((letter) => (
              <li key={letter.actionId}>
                {letter.clientName} : {letter.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {status ? <p className="notice" role="status">{status}</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </section>
  )
}
