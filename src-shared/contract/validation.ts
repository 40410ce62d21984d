import type { z } from 'zod'
import type { AppError } from '../result'

/**
 * Turns schema issues into the VALIDATION error the UI shows: one French message per
 * field path, and a summary line naming the first problem.
 */
export function validationError(issues: readonly z.core.$ZodIssue[]): AppError {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_'
    fields[path] ??= issue.message
  }
  const messages = Object.values(fields)
  const first = messages[0] ?? 'Saisie invalide.'
  const message = messages.length > 1 ? `${first} (et ${messages.length - 1} autre(s) erreur(s))` : first
  return { code: 'VALIDATION', message, details: { fields } }
}
