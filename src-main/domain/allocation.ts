import type { IsoDate } from '../../src-shared/dates'

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
