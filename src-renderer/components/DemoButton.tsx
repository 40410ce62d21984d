import { useState } from 'react'
import { fr } from '../i18n/fr'
import { useDossier } from '../stores/dossier'
import { useMutation } from '../use-channel'

const t = fr.demo

/**
 * Fills an empty dossier with the demonstration ledger (60+ clients, two years of
 * invoices), so a newcomer sees every screen alive. The core refuses once the dossier
 * has clients, so demo data never mixes with real data.
 */
export function DemoButton({ onLoaded }: { onLoaded(summary: string): void }) {
  const demo = useMutation('demo.create')
  const [loaded, setLoaded] = useState<string | null>(null)
  const reloadDossier = useDossier((state) => state.load)

  async function load() {
    const result = await demo.run({})
    if (!result.ok) return setLoaded(null)
    const summary = t.loaded(result.data.clients, result.data.invoices)
    setLoaded(summary)
    void reloadDossier()
    onLoaded(summary)
  }

  return (
    <div className="demo">
      <button type="button" className="secondary" onClick={load} disabled={demo.pending}>
        {demo.pending ? t.loading : t.load}
      </button>
      {demo.error ? <p className="error-text" role="alert">{demo.error.message}</p> : null}
      {loaded ? <p className="notice" role="status">{loaded}</p> : null}
    </div>
  )
}
