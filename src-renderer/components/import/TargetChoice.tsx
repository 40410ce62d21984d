import { IMPORT_TARGETS, type ImportTarget } from '../../../src-shared/contract/imports'
import { fr } from '../../i18n/fr'

const t = fr.importing.target

/** What the file holds: clients, invoices or payments; the fields offered for its columns follow. */
export function TargetChoice({ value, onChange }: { value: ImportTarget; onChange(target: ImportTarget): void }) {
  return (
    <fieldset className="target-choice">
      <legend>{t.legend}</legend>
      {IMPORT_TARGETS.map((target) => (
        <label key={target} className={target === value ? 'selected' : undefined}>
          <input
            type="radio"
            name="import-target"
            value={target}
            checked={target === value}
            aria-describedby={`import-target-${target}-hint`}
            onChange={() => onChange(target)}
          />
          <span>
            <strong>{t[target]}</strong>
            <small className="muted" id={`import-target-${target}-hint`}>{t.hints[target]}</small>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
