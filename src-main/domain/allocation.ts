import type { IsoDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { fieldError } from '../../src-shared/result'

export interface OpenItem {
  invoiceId: number
  dueDate: IsoDate
  issueDate: IsoDate
  /** What is still owed on the invoice, in cents (> 0). */
  balanceCents: number
}

export interface Allocation {
  invoiceId: number
  amountCents: number
}

/**
 * Default allocation of a payment: oldest due date first (then oldest issue date, then
 * id), each invoice settled in full before the next — what Code civil 1342-10 does when
 * the debtor said nothing, and what accountants call "lettrage au plus ancien". What is
 * left over stays a credit of the client.
 */
export function allocateOldestFirst(items: readonly OpenItem[], amountCents: number): { allocations: Allocation[]; remainderCents: number } {
  const ordered = [...items].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.issueDate.localeCompare(b.issueDate) || a.invoiceId - b.invoiceId,
  )
  const allocations: Allocation[] = []
  let left = amountCents
  for (const item of ordered) {
    if (left <= 0) break
    const amount = Math.min(left, item.balanceCents)
    if (amount > 0) {
      allocations.push({ invoiceId: item.invoiceId, amountCents: amount })
      left -= amount
    }
  }
  return { allocations, remainderCents: left }
}

/**
 * Checks allocation lines typed by the user: each invoice open and listed once, no line
 * above what its invoice still owes, the total within what is being allocated.
 */
export function checkAllocation(items: readonly OpenItem[], availableCents: number, lines: readonly Allocation[]): void {
  const open = new Map(items.map((item) => [item.invoiceId, item.balanceCents]))
  const seen = new Set<number>()
  let total = 0
  for (const line of lines) {
    if (seen.has(line.invoiceId)) throw fieldError('VALIDATION', 'allocation', 'Une facture figure deux fois dans la répartition.')
    seen.add(line.invoiceId)
    const balance = open.get(line.invoiceId)
    if (balance === undefined) {
      throw fieldError('VALIDATION', 'allocation', "Une facture de la répartition n'est pas une facture ouverte de ce client.")
    }
    if (line.amountCents > balance) {
      throw fieldError(
        'VALIDATION',
        'allocation',
        `Un montant affecté (${formatEuros(line.amountCents)}) dépasse le reste dû de sa facture (${formatEuros(balance)}).`,
      )
    }
    total += line.amountCents
  }
  if (total > availableCents) {
    throw fieldError('VALIDATION', 'allocation', `La répartition (${formatEuros(total)}) dépasse le montant disponible (${formatEuros(availableCents)}).`)
  }
}
