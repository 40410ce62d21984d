import { z } from 'zod'
import { isIsoDate } from '../dates'

/**
 * Reusable field schemas with French messages that name the field, so a form can show
 * "Le nom est obligatoire." under the right input without any translation step.
 */

/** Trims, and turns an empty string into undefined (an untouched optional input). */
const blankToUndefined = (value: unknown) => {
  if (typeof value !== 'string') return value
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

export function requiredText(label: string, max = 200) {
  return z.preprocess(
    (value) => blankToUndefined(value) ?? '',
    z
      .string({ error: `${label} doit être un texte.` })
      .min(1, { error: `${label} est obligatoire.` })
      .max(max, { error: `${label} ne peut dépasser ${max} caractères.` }),
  )
}

export function optionalText(label: string, max = 200) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: `${label} doit être un texte.` })
      .max(max, { error: `${label} ne peut dépasser ${max} caractères.` })
      .optional(),
  )
}

/** Optional text that must pass a check once spaces are removed. */
export function optionalChecked(label: string, check: (value: string) => boolean, message: string, max = 60) {
  return optionalText(label, max).refine((value) => value === undefined || check(value), { error: message })
}

export function isoDate(label: string) {
  return z
    .string({ error: `${label} est obligatoire.` })
    .refine(isIsoDate, { error: `${label} n'est pas une date valide (AAAA-MM-JJ).` })
}

export function positiveCents(label: string) {
  return z
    .number({ error: `${label} est obligatoire ou illisible (exemple : 1 234,56).` })
    .int({ error: `${label} doit être un nombre entier de centimes.` })
    .positive({ error: `${label} doit être supérieur à zéro.` })
    .max(9e15, { error: `${label} est trop grand.` })
}

export const entityId = z.number().int().positive()

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/

/** One or several addresses separated by commas or semicolons, as accounting exports write them. */
export function emailList(label: string) {
  return optionalText(label, 500).refine(
    (value) => value === undefined || value.split(/[;,]/).every((part) => EMAIL.test(part.trim())),
    { error: `${label} : adresse e-mail invalide (exemple : compta@exemple.fr).` },
  )
}

/** One line of a payment's or credit note's allocation: which invoice, how much. */
export const allocationLine = z.object({ invoiceId: entityId, amountCents: positiveCents('Le montant affecté') })

/** Payment terms in days (0–365); absent: the default of the dossier, or the legal one. */
export const termsDaysField = z
  .number({ error: 'Le délai de paiement doit être un nombre de jours.' })
  .int({ error: 'Le délai de paiement doit être un nombre entier de jours.' })
  .min(0, { error: 'Le délai de paiement ne peut être négatif.' })
  .max(365, { error: 'Le délai de paiement ne peut dépasser 365 jours.' })
  .optional()
