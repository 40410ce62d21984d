import { fr } from '../../i18n/fr'

const t = fr.importing.options

interface PresetOptionProps {
  save: boolean
  name: string
  onChange(patch: { saveAsPreset?: boolean; presetName?: string }): void
}

/** « Enregistrer cette correspondance sous le nom … »: the next export of the same software is read the same way. */
export function PresetOption({ save, name, onChange }: PresetOptionProps) {
  return (
    <div className="import-option">
      <div className="preset-option">
        <label className="inline-check">
          <input type="checkbox" checked={save} onChange={(event) => onChange({ saveAsPreset: event.target.checked })} />
          {t.savePreset}
        </label>
        <input
          aria-label={t.savePreset}
          aria-describedby="import-preset-hint"
          maxLength={80}
          value={name}
          // Typing a name is asking for it to be saved.
          onChange={(event) => onChange({ presetName: event.target.value, saveAsPreset: event.target.value.trim() !== '' })}
        />
      </div>
      <p className="field-hint" id="import-preset-hint">{t.presetHint}</p>
    </div>
  )
}
