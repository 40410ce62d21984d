import { type MouseEvent } from 'react'
import type { ImportSummary } from '../../../src-shared/contract/imports'
import { downloadFile } from '../../download-file'
import { fr } from '../../i18n/fr'
import { useNavigation, type PageId } from '../../stores/navigation'
import { useMutation } from '../../use-channel'
import { RejectionTable } from './RejectionTable'
import { RepairTable } from './RepairTable'

const t = fr.importing.result

/** What a finished import did, in French counts, with the lines set aside and where to look next. */
export function ImportResult({ summary, jobId, onAnother }: { summary: ImportSummary; jobId: string | null; onAnother(): void }) {
  const go = useNavigation((state) => state.go)
  const rejectedFile = useMutation('imports.rejectedFile')

  async function downloadRejected() {
    if (!jobId) return
    const result = await rejectedFile.run({ jobId })
    if (result.ok) downloadFile(result.data)
  }

  const link = (page: PageId, label: string, secondary = false) => (
    <a
      className={secondary ? 'button-link secondary' : 'button-link'}
      href={`#/${page}`}
      onClick={(event: MouseEvent) => {
        event.preventDefault()
        go(page)
      }}
    >
      {label}
    </a>
  )
  return (
    <section className="panel import-outcome done" aria-labelledby="import-result-title">
      <div className="import-outcome-head">
        <span className="outcome-icon" aria-hidden="true">✓</span>
        <div>
          <h2 id="import-result-title">{t.title}</h2>
          <p className="muted">{summary.fileName} · {fr.importing.file.kinds[summary.kind]}</p>
        </div>
      </div>
      <p className={summary.alreadyImported ? 'notice' : 'import-counts'} role="status">
        {summary.alreadyImported ? t.already : `${t.counts(summary)}.`}
      </p>
      {summary.rejected.length > 0 ? (
        <>
          <p className="import-warning">{t.setAside(summary.rejected.length)}</p>
          {summary.rejectedFile && jobId ? (
            <p>
              <button type="button" className="secondary" disabled={rejectedFile.pending} onClick={downloadRejected}>{t.downloadRejected}</button>
              {rejectedFile.error ? <span className="error-text" role="alert"> {rejectedFile.error.message}</span> : null}
            </p>
          ) : null}
          <RejectionTable rejected={summary.rejected} />
        </>
      ) : null}
      <RepairTable repaired={summary.repaired} count={summary.repairedCount} />
      <div className="import-outcome-actions">
        {link('aging', t.aging)}
        {link('invoices', t.invoices, true)}
        <button type="button" className="secondary" onClick={onAnother}>
          {t.another}
        </button>
      </div>
    </section>
  )
}
