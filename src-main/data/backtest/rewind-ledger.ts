import type { Dossier } from '../open-dossier'
import { inTransaction } from '../transaction'
import type { IsoDate } from '../../../src-shared/dates'

/**
 * Puts a copy of a dossier back as it stood at the end of `asOf`, for a backtest: every
 * allocation made by a later payment or credit note, on a later invoice, goes; then the
 * later payments, credit notes and invoices; disputes opened later go and those closed
 * later are open again. The allocation triggers keep the caches (`settled_cents`,
 * `allocated_cents`) right as the allocations go. Never run on the user's dossier: the
 * caller works on a copy of the file.
 */
export function rewindLedger(dossier: Dossier, asOf: IsoDate): void {
  const run = (statement: string) => dossier.sqlite.prepare(statement).run({ asOf })
  inTransaction(dossier, () => {
    run(`DELETE FROM allocations WHERE payment_id IN (SELECT id FROM payments WHERE date > @asOf)
           OR credit_note_id IN (SELECT id FROM invoices WHERE issue_date > @asOf)
           OR invoice_id IN (SELECT id FROM invoices WHERE issue_date > @asOf)`)
    run('DELETE FROM payments WHERE date > @asOf')
    run('DELETE FROM disputes WHERE opened_on > @asOf')
    run('UPDATE disputes SET closed_on = NULL WHERE closed_on > @asOf')
    run('DELETE FROM invoices WHERE issue_date > @asOf')
  })
}

/**
 * What was collected from `from` to `to` (both included) on invoices already issued at
 * `issuedBy`, from the payments' allocations: the cash a forecast made at `issuedBy`
 * could have expected.
 */
export function collectedOnInvoicesIssuedBy(dossier: Dossier, issuedBy: IsoDate, from: IsoDate, to: IsoDate): number {
  return dossier.sqlite
    .prepare(
      `SELECT coalesce(sum(a.amount_cents), 0) FROM allocations a
       JOIN payments p ON p.id = a.payment_id JOIN invoices i ON i.id = a.invoice_id
       WHERE p.date BETWEEN ? AND ? AND i.issue_date <= ?`,
    )
    .pluck()
    .get(from, to, issuedBy) as number
}
