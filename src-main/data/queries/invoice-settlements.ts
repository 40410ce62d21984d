import { sql } from 'drizzle-orm'
import type { Settlement } from '../../../src-shared/contract/invoices'
import type { Db } from '../open-dossier'

/**
 * What moved money on a document, oldest first: on an invoice, the payments and credit
 * notes applied to it; on a credit note, the invoices it was applied to.
 */
export function invoiceSettlements(db: Db, invoiceId: number): Settlement[] {
  return db.all<Settlement>(sql`
    SELECT 'payment' AS kind, p.date AS date, coalesce(p.reference, '') AS reference, a.amount_cents AS amountCents
    FROM allocations a JOIN payments p ON p.id = a.payment_id WHERE a.invoice_id = ${invoiceId}
    UNION ALL
    SELECT 'credit_note', n.issue_date, n.number, a.amount_cents
    FROM allocations a JOIN invoices n ON n.id = a.credit_note_id WHERE a.invoice_id = ${invoiceId}
    UNION ALL
    SELECT 'invoice', i.issue_date, i.number, a.amount_cents
    FROM allocations a JOIN invoices i ON i.id = a.invoice_id WHERE a.credit_note_id = ${invoiceId}
    ORDER BY 2, 3`)
}
