import { z } from 'zod'
import { defineChannel } from './channel'
import { requiredText } from './fields'

/** One half-year of the dossier's rate table, in basis points (1 % = 100). */
export interface RateRow {
  halfYear: string
  ecbRefBp: number
  legalIndividualBp: number
  legalOtherBp: number
  source: string
  updatedAt: string
}

const basisPoints = (label: string) =>
  z
    // An empty field is not « illisible »: it is missing.
    .number({ error: (issue) => (issue.input === undefined ? `${label} est obligatoire.` : `${label} : taux illisible (exemple : 2,15).`) })
    .int({ error: `${label} : deux décimales au plus.` })
    .min(0, { error: `${label} ne peut être négatif.` })
    .max(5000, { error: `${label} : taux invraisemblable (plus de 50 %).` })

export const ratesChannels = {
  'rates.list': defineChannel<RateRow[]>()(z.object({})),
  /** Adds a half-year the tables lack, or corrects one; the user names the source. */
  'rates.save': defineChannel<{ halfYear: string }>()(
    z.object({
      halfYear: z.string().regex(/^\d{4}-H[12]$/, { error: 'Le semestre s’écrit AAAA-H1 ou AAAA-H2 (exemple : 2026-H2).' }),
      ecbRefBp: basisPoints('Le taux BCE de référence'),
      legalIndividualBp: basisPoints('Le taux d’intérêt légal (particuliers)'),
      legalOtherBp: basisPoints('Le taux d’intérêt légal (autres cas)'),
      source: requiredText('La source', 300),
    }),
  ),
}
