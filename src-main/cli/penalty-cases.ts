import type { z } from 'zod'
import { penaltyCases } from '../../src-shared/contract/penalty-case'

/** A case `encaisse penalties` refuses, named by its id when it has a usable one, else by position. */
export interface PenaltyCaseError {
  id: string | null
  /** Position in the array (0-based). */
  index: number
  /** Path of the refused field ("payments[1].date"); empty when the case itself is refused. */
  field: string
  message: string
}

/** `payments[1].date`, the way the documented format writes a field. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('')
}

function fieldOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.slice(1)
  // An unknown key is reported on its object: name the key itself.
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0])
  return fieldPath(path)
}

/**
 * Splits the cases into those `penalties.compute` accepts and the refused ones, checked
 * with the channel's own schema, so one bad case is reported (naming its id and field, in
 * French) while the others are still computed. Input that is not an array is passed on
 * whole, for the channel to refuse.
 */
export function sortPenaltyCases(json: unknown): { accepted: unknown; refused: PenaltyCaseError[] } {
  const checked = penaltyCases.safeParse(json)
  if (checked.success || !Array.isArray(json)) return { accepted: json, refused: [] }
  const issuesByCase = new Map<number, z.core.$ZodIssue[]>()
  for (const issue of checked.error.issues) {
    const index = issue.path[0]
    if (typeof index === 'number') issuesByCase.set(index, [...(issuesByCase.get(index) ?? []), issue])
  }
  const refused = [...issuesByCase].map(([index, issues]): PenaltyCaseError => {
    // A missing or repeated id cannot name its case: it comes first, and the case is named by position.
    const idIssue = issues.find((issue) => fieldOf(issue) === 'id')
    const issue = idIssue ?? (issues[0] as z.core.$ZodIssue)
    const value: unknown = json[index]
    const id = !idIssue && typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? value.id : null
    const field = fieldOf(issue)
    const who = id === null ? `Cas n° ${index + 1}` : `Cas « ${id} »`
    const where = field === '' ? '' : ` champ « ${field} » :`
    return { id, index, field, message: `${who} :${where} ${issue.message}.` }
  })
  return { accepted: json.filter((_, index) => !issuesByCase.has(index)), refused: refused.sort((a, b) => a.index - b.index) }
}
