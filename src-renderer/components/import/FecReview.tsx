import type { ImportPreview } from '../../../src-shared/contract/imports'
import { fr } from '../../i18n/fr'
import type { ImportDraft } from '../../stores/import'
import { Field } from '../Field'
import { AcceptValidOption } from './AcceptValidOption'
import { checkBlocks, checkReady, ImportCheckPanel } from './ImportCheckPanel'
import { ReviewActions } from './ReviewActions'
import { RowsPreview } from './RowsPreview'
import { useImportCheck } from './use-import-check'

const t = fr.importing

interface FecReviewProps {
  preview: ImportPreview
  draft: ImportDraft
  error: string | null
  onEdit(patch: Partial<ImportDraft>): void
  onBack(): void
  onStart(): void
}

/**
 * A FEC names its columns: no mapping, but how it is read, its first lines, an optional
 * « Situation au », and the check of every line (errors, lines repaired) before « Importer ».
 */
export function FecReview({ preview, draft, error, onEdit, onBack, onStart }: FecReviewProps) {
  // The settings « Importer » will send, as they are: a check made with others would promise what the import does not do.
  const check = useImportCheck(preview.uploadId, { clientAccounts: draft.clientAccounts, ...(draft.asOf === '' ? {} : { asOf: draft.asOf }) })
  return (
    <>
      <div className="import-review">
        <section className="panel" aria-labelledby="import-fec-title">
          <h2 id="import-fec-title">{t.fec.title}</h2>
          <ul className="fec-rules">
            {t.fec.rules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </section>
        <section className="panel import-settings" aria-label={t.options.legend}>
          <fieldset>
            <legend>{t.options.legend}</legend>
            <Field id="import-client-accounts" label={t.fec.clientAccounts} hint={t.fec.clientAccountsHint}>
              {(props) => (
                <input {...props} inputMode="numeric" value={draft.clientAccounts} onChange={(event) => onEdit({ clientAccounts: event.target.value })} />
              )}
            </Field>
            <Field id="import-as-of" label={t.fec.asOf} hint={t.fec.asOfHint}>
              {(props) => <input {...props} type="date" value={draft.asOf} onChange={(event) => onEdit({ asOf: event.target.value })} />}
            </Field>
            <AcceptValidOption checked={draft.acceptValid} onChange={(acceptValid) => onEdit({ acceptValid })} />
          </fieldset>
        </section>
      </div>
      <ImportCheckPanel state={check} />
      <section className="panel" aria-labelledby="import-preview-title">
        <h2 id="import-preview-title">{t.preview.title}</h2>
        <RowsPreview headers={preview.headers} rows={preview.rows} />
      </section>
      <ReviewActions blocked={checkBlocks(check, draft.acceptValid)} ready={checkReady(check, fr.importCheck.fecReadable)} error={error} onBack={onBack} onStart={onStart} />
    </>
  )
}
