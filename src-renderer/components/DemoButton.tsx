import { useState } from 'react'
import { invoke } from '../api'
import { fr } from '../i18n/fr'
import { useDossier } from '../stores/dossier'

const t = fr.demo

/**
 * Fills an empty dossier with the demonstration ledger (60+ clients, two years of
 * invoices), so a newcomer sees every screen alive. The core refuses once the dossier
 * has clients, so demo data never mixes with real data.
 */
export function DemoButton({ onLoaded }: { onLoaded(summary: string): void }) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const reloadDossier = useDossier((state) => state.load)

  async function load() {
    setBusy(true)
    const result = await invoke('demo.create', {})
    setBusy(false)
    if (!result.ok) return setMessage({ ok: false, text: result.error.message })
    const summary = t.loaded(result.data.clients, result.data.invoices)
    setMessage({ ok: true, text: summary })
    void reloadDossier()
    onLoaded(summary)
  }

  return (
    <div className="demo">
      <button type="button" className="secondary" onClick={load} disabled={busy}>
        {busy ? t.loading : t.load}
      </button>
      {message ? <p className={message.ok ? 'notice' : 'error-text'} role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
    </div>
  )
}
