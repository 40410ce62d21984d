import { sql, type SQL } from 'drizzle-orm'
import { addDays, type IsoDate } from '../../../src-shared/dates'

/** How far back a client's payments tell how late it pays. */
export const DELAY_HISTORY_DAYS = 365

/**
 * Each client's payment habit, as a grouped select: `client_id`, `weight` (cents paid)
 * and `weighted_days` (cents × days late), so that weighted_days / weight is the client's
 * average delay after the due date, weighted by amount (negative for a client who pays
 * early). The sums rather than the average are returned so that a caller can also add
 * them up into the dossier's average.
 *
 * What counts: every part of a payment dated in the last 365 days up to today that was
 * allocated to an invoice now fully settled, from the payment's date to that invoice's
 * due date. An invoice paid in several payments counts each part at its own date; a part
 * settled by a credit note is no payment and does not count, nor does a payment left as
 * a credit (it settled no invoice), nor a part-paid invoice still open (its story is not
 * over), nor a settlement whose date an import could only assume (its date says nothing
 * of the client's habits). Walked from the payments' date index, so its cost follows the year's payments.
 */
export function paymentDelayHistorySql(today: IsoDate): SQL {
  return sql`
    SELECT i.client_id AS client_id,
           total(a.amount_cents) AS weight,
           total(a.amount_cents * (julianday(p.date) - julianday(i.due_date))) AS weighted_days
    FROM payments p
    JOIN allocations a ON a.payment_id = p.id
    JOIN invoices i ON i.id = a.invoice_id
    WHERE p.date > ${addDays(today, -DELAY_HISTORY_DAYS)} AND p.date <= ${today} AND NOT p.date_assumed
      AND i.kind = 'invoice' AND i.settled_cents >= i.amount_cents
    GROUP BY i.client_id`
}
