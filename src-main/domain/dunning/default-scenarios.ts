import type { DunningStep } from './types'

/** A scenario as shipped: steps without ids, numbered in order when seeded. */
export interface ScenarioModel {
  name: string
  isDefault: boolean
  steps: Array<Omit<DunningStep, 'id' | 'position'>>
}

const step = (
  offsetDays: number,
  channel: DunningStep['channel'],
  level: number,
  templateCode: string,
  label: string,
  options: Partial<Pick<DunningStep, 'minAmountCents' | 'includePenalties' | 'required'>> = {},
): Omit<DunningStep, 'id' | 'position'> => ({
  offsetDays,
  channel,
  level,
  templateCode,
  label,
  minAmountCents: options.minAmountCents ?? 0,
  includePenalties: options.includePenalties ?? false,
  required: options.required ?? false,
})

/**
 * The scenarios every dossier starts with (issue #11), editable and copyable. Template codes
 * are the ones agreed with the letters issue. For consumers, interest only runs from the
 * formal notice (Code civil 1231-6, 1344-1): their notice states the principal, and only the
 * last notice after it carries interest; none of their letters claims the 40 € indemnity.
 */
export const DEFAULT_SCENARIOS: ScenarioModel[] = [
  {
    name: 'Professionnels — standard',
    isDefault: true,
    steps: [
      step(-5, 'email', 0, 'email-relance-courtoisie', 'Rappel de courtoisie'),
      step(7, 'email', 1, 'email-relance-1', 'Première relance'),
      step(15, 'letter', 2, 'relance-2', 'Deuxième relance'),
      step(25, 'phone', 3, 'script-appel', 'Appel téléphonique'),
      step(35, 'registered_letter', 4, 'mise-en-demeure', 'Mise en demeure (LRAR)', { includePenalties: true, required: true }),
      step(50, 'letter', 5, 'dernier-avis', 'Dernier avis avant contentieux', { includePenalties: true }),
    ],
  },
  {
    name: 'Clients sensibles',
    isDefault: false,
    steps: [
      step(-3, 'email', 0, 'email-relance-courtoisie', 'Rappel de courtoisie'),
      step(10, 'phone', 1, 'script-appel', 'Appel de rappel'),
      step(20, 'email', 1, 'email-relance-1', 'Première relance'),
      step(30, 'phone', 2, 'script-appel', 'Second appel'),
      step(45, 'letter', 2, 'relance-2', 'Deuxième relance'),
      step(60, 'registered_letter', 3, 'mise-en-demeure', 'Mise en demeure (LRAR)', { includePenalties: true, required: true }),
    ],
  },
  {
    name: 'Particuliers',
    isDefault: false,
    steps: [
      step(-5, 'email', 0, 'email-relance-courtoisie', 'Rappel de courtoisie'),
      step(10, 'letter', 1, 'relance-1', 'Première relance'),
      step(25, 'letter', 2, 'relance-2', 'Deuxième relance'),
      step(40, 'registered_letter', 3, 'mise-en-demeure', 'Mise en demeure (LRAR)', { required: true }),
      step(60, 'letter', 4, 'dernier-avis', 'Dernier avis avant contentieux', { includePenalties: true }),
    ],
  },
]
