import { AMOUNT_DECIMALS, DATE_FORMATS, type ColumnMapping } from '../../../src-shared/contract/imports'
import { fr } from '../../i18n/fr'
import { Field } from '../Field'

const t = fr.importing.formats

interface ReadingFormatsProps {
  mapping: ColumnMapping
  onChange(patch: Partial<Pick<ColumnMapping, 'decimal' | 'dateFormat' | 'headerLine'>>): void
}

/** How amounts and dates are written in the file, and where its column headers are. */
export function ReadingFormats({ mapping, onChange }: ReadingFormatsProps) {
  return (
    <fieldset className="reading-formats">
      <legend>{t.legend}</legend>
      <Field id="import-decimal" label={t.decimal}>
        {(props) => (
          <select {...props} value={mapping.decimal} onChange={(event) => onChange({ decimal: event.target.value as ColumnMapping['decimal'] })}>
            {AMOUNT_DECIMALS.map((decimal) => (
              <option key={decimal} value={decimal}>{t.decimals[decimal]}</option>
            ))}
          </select>
        )}
      </Field>
      <Field id="import-date-format" label={t.dateFormat}>
        {(props) => (
          <select {...props} value={mapping.dateFormat} onChange={(event) => onChange({ dateFormat: event.target.value as ColumnMapping['dateFormat'] })}>
            {DATE_FORMATS.map((format) => (
              <option key={format} value={format}>{t.dateFormats[format]}</option>
            ))}
          </select>
        )}
      </Field>
      <Field id="import-header-line" label={t.headerLine} hint={t.headerLineHint}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={1}
            max={50}
            className="num"
            value={mapping.headerLine}
            // An emptied box keeps the last valid line: the contract needs a number from 1 to 50.
            onChange={(event) => {
              const line = event.target.valueAsNumber
              if (Number.isInteger(line) && line >= 1 && line <= 50) onChange({ headerLine: line })
            }}
          />
        )}
      </Field>
    </fieldset>
  )
}
