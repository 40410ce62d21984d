import type { ColumnMapping, ImportPreview, ImportTarget } from '../../../src-shared/contract/imports'
import { fr } from '../../i18n/fr'
import type { ImportDraft } from '../../stores/import'
import { AcceptValidOption } from './AcceptValidOption'
import { ColumnMappingTable } from './ColumnMappingTable'
import { checkBlocks, checkReady, ImportCheckPanel } from './ImportCheckPanel'
import { PresetOption } from './PresetOption'
import { ReadingFormats } from './ReadingFormats'
import { ReviewActions } from './ReviewActions'
import { RowsPreview } from './RowsPreview'
import { TargetChoice } from './TargetChoice'
import { useImportCheck } from './use-import-check'

const t = fr.importing

interface SpreadsheetReviewProps {
  preview: ImportPreview
  draft: ImportDraft & { mapping: ColumnMapping }
  error: string | null
  onEdit(patch: Partial<ImportDraft>): void
  onRereadHeaders(headerLine: number): void
  onBack(): void
  onStart(): void
}

/**
 * The mapping screen of a CSV or workbook: what the file holds, which field each column
 * feeds, how numbers and dates are written, the first rows as read, and the options.
 * « Importer » stays disabled while a required field has no column, and until every line,
 * read with this mapping, is checked: errors are shown here, before anything is written.
 */
export function SpreadsheetReview({ preview, draft, error, onEdit, onRereadHeaders, onBack, onStart }: SpreadsheetReviewProps) {
  const { mapping } = draft
  const fields = preview.fields[mapping.target]
  const setMapping = (patch: Partial<ColumnMapping>) => onEdit({ mapping: { ...mapping, ...patch } })

  // Another kind of data: its columns as the file's headers name them (or as a matched preset says).
  const chooseTarget = (target: ImportTarget) => {
    setMapping({ target, columns: preview.mapping?.target === target ? preview.mapping.columns : preview.proposals[target] })
  }
  const mapColumn = (column: number, field: string | null) =>
    setMapping({ columns: preview.headers.map((_, index) => (index === column ? field : (mapping.columns[index] ?? null))) })

  const missing = fields.filter((field) => field.required && !mapping.columns.includes(field.key)).map((field) => field.label)
  const labelOf = (key: string | null) => fields.find((field) => field.key === key)?.label ?? null
  const check = useImportCheck(preview.uploadId, missing.length > 0 ? null : { mapping })

  return (
    <>
      <div className="import-review">
        <section className="panel" aria-labelledby="import-mapping-title">
          <h2 id="import-mapping-title">{t.mapping.title}</h2>
          <p className="muted panel-intro">{t.mapping.intro}</p>
          <ColumnMappingTable headers={preview.headers} rows={preview.rows} fields={fields} columns={mapping.columns} onChange={mapColumn} />
        </section>
        <section className="panel import-settings" aria-label={t.settings}>
          <TargetChoice value={mapping.target} onChange={chooseTarget} />
          <ReadingFormats
            mapping={mapping}
            onChange={({ headerLine, ...formats }) => (headerLine === undefined ? setMapping(formats) : onRereadHeaders(headerLine))}
          />
          <fieldset>
            <legend>{t.options.legend}</legend>
            <PresetOption save={draft.saveAsPreset} name={draft.presetName} onChange={onEdit} />
            <AcceptValidOption checked={draft.acceptValid} onChange={(acceptValid) => onEdit({ acceptValid })} />
          </fieldset>
        </section>
      </div>
      <ImportCheckPanel state={check} />
      <section className="panel" aria-labelledby="import-preview-title">
        <h2 id="import-preview-title">{t.preview.title}</h2>
        <RowsPreview headers={preview.headers} rows={preview.rows} fieldLabels={preview.headers.map((_, column) => labelOf(mapping.columns[column] ?? null))} />
      </section>
      <ReviewActions
        blocked={missing.length > 0 ? t.mapping.missing(missing) : checkBlocks(check, draft.acceptValid)}
        ready={checkReady(check, fr.importCheck.allReadable)}
        error={error}
        onBack={onBack}
        onStart={onStart}
      />
    </>
  )
}
