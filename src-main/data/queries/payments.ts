import { sql } from 'drizzle-orm'
import type { PaymentRow } from '../../../src-shared/contract/payments'
import type { Db } from '../open-dossier'

/** A client's payments, newest first, with what each settled and what is left as credit. */
export function listPayments(db: Db, clientId: number): PaymentRow[] {
  const rows = db.all<Omit<PaymentRow, 'invoiceNumbers' | 'dateAssumed'> & { dateAssumed: number; numbers: string | null }>(sql`
    SELECT p.id, p.date, p.amount_cents AS amountCents, p.method, p.date_assumed AS dateAssumed, p.reference,
           p.amount_cents - p.allocated_cents AS unallocatedCents,
           group_concat(i.number, char(31)) AS numbers
    FROM payments p
    LEFT JOIN allocations a ON a.payment_id = p.id
    LEFT JOIN invoices i ON i.id = a.invoice_id
    WHERE p.client_id = ${clientId}
    GROUP BY p.id
    ORDER BY p.date DESC, p.id DESC
  `)
  return rows.map(({ numbers, dateAssumed, ...row }) => ({
    ...row,
    dateAssumed: dateAssumed === 1,
    invoiceNumbers: numbers ? numbers.split('\u001f') : [],
  }))
}
