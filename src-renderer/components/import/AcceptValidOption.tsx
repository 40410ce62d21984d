import { fr } from '../../i18n/fr'

const t = fr.importing.options

/**
 * By default a file with one bad line is refused whole (DESIGN §3): the user may choose
 * instead to import the good lines and get the bad ones listed.
 */
export function AcceptValidOption({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div className="import-option">
      <label className="inline-check">
        <input type="checkbox" checked={checked} aria-describedby="import-accept-valid-hint" onChange={(event) => onChange(event.target.checked)} />
        {t.acceptValid}
      </label>
      <p className="field-hint" id="import-accept-valid-hint">{t.acceptValidHint}</p>
    </div>
  )
}
