import { FecReview } from '../components/import/FecReview'
import { FilePicker } from '../components/import/FilePicker'
import { ImportFailure } from '../components/import/ImportFailure'
import { ImportFileHeader } from '../components/import/ImportFileHeader'
import { ImportHistory } from '../components/import/ImportHistory'
import { ImportProgress } from '../components/import/ImportProgress'
import { ImportResult } from '../components/import/ImportResult'
import { ImportSteps } from '../components/import/ImportSteps'
import { SpreadsheetReview } from '../components/import/SpreadsheetReview'
import { fr } from '../i18n/fr'
import { useImportFlow } from '../stores/import'

const t = fr.importing

/**
 * Import: a file from the accounting software (CSV, workbook or FEC) is sent to the core,
 * reviewed (column mapping, formats, first rows), imported with a progress bar, and its
 * outcome shown; below, the history of imports and the undoing of the last one.
 */
export function ImportPage() {
  const flow = useImportFlow()
  const { step, preview, draft, job } = flow

  return (
    <section className="import-page">
      <div className="page-header">
        <div>
          <h1>{fr.nav.import}</h1>
          <p className="muted">{t.intro}</p>
        </div>
        <ImportSteps step={step} />
      </div>

      {flow.notice ? (
        <p className="notice" role="status">
          {flow.notice}
        </p>
      ) : null}

      {step === 'choose' ? <FilePicker onFile={(file) => void flow.choose(file)} error={flow.error} /> : null}

      {step === 'uploading' && flow.upload ? (
        <ImportProgress
          fileName={flow.fileName ?? ''}
          phase={t.uploading}
          bytes={{ done: flow.upload.sentBytes, total: flow.upload.totalBytes }}
          onCancel={flow.stopUpload}
        />
      ) : null}

      {step === 'review' && preview && draft ? (
        <>
          <ImportFileHeader preview={preview} onChange={flow.restart} />
          {draft.mapping ? (
            <SpreadsheetReview
              preview={preview}
              draft={{ ...draft, mapping: draft.mapping }}
              error={flow.error}
              onEdit={flow.edit}
              onRereadHeaders={(line) => void flow.rereadHeaders(line)}
              onBack={flow.restart}
              onStart={() => void flow.start()}
            />
          ) : (
            <FecReview preview={preview} draft={draft} error={flow.error} onEdit={flow.edit} onBack={flow.restart} onStart={() => void flow.start()} />
          )}
        </>
      ) : null}

      {step === 'running' && job ? (
        <ImportProgress
          fileName={flow.fileName ?? ''}
          phase={job.state === 'writing' ? t.progress.writing : t.progress.reading}
          bytes={job.totalBytes > 0 ? { done: job.bytesRead, total: job.totalBytes } : null}
          unit={job.state === 'writing' ? 'rows' : 'bytes'}
          onCancel={() => void flow.cancel()}
          cannotCancel={flow.cancelling ? t.progress.cancelling : undefined}
        />
      ) : null}
      {step === 'running' && flow.error ? (
        <p className="form-summary" role="alert">
          {flow.error}
        </p>
      ) : null}

      {step === 'finished' && job?.summary ? <ImportResult summary={job.summary} jobId={job.jobId} onAnother={flow.restart} /> : null}
      {step === 'finished' && job?.error ? (
        <ImportFailure fileName={flow.fileName ?? ''} error={job.error} onReview={flow.review} onAnother={flow.restart} />
      ) : null}

      <ImportHistory version={flow.historyVersion} onUndone={flow.historyChanged} />
    </section>
  )
}
