import { fr } from '../../i18n/fr'
import type { ImportStep } from '../../stores/import'

const t = fr.importing.steps

const STEPS = [
  { label: t.file, during: ['choose', 'uploading'] },
  { label: t.review, during: ['review'] },
  { label: t.run, during: ['running', 'finished'] },
] as const

/** Where the user stands in the three steps of an import. */
export function ImportSteps({ step }: { step: ImportStep }) {
  const current = STEPS.findIndex(({ during }) => (during as readonly ImportStep[]).includes(step))
  return (
    <ol className="import-steps" aria-label={t.label}>
      {STEPS.map(({ label }, index) => (
        <li key={label} className={index < current ? 'done' : index === current ? 'current' : undefined} aria-current={index === current ? 'step' : undefined}>
          <span className="import-step-number" aria-hidden="true">{index < current ? '✓' : index + 1}</span>
          {label}
        </li>
      ))}
    </ol>
  )
}
