import { daysBetween, endOfMonth, type IsoDate } from '../../src-shared/dates'

/**
 * DSO (days sales outstanding) by the countback method (méthode de l'épuisement du
 * chiffre d'affaires): the receivables as of a date are matched against the net sales
 * (invoices minus credit notes, including VAT) of the month ending on that date, then of
 * the month before, and so on; each month they exhaust counts whole, the last one pro
 * rata. Unlike "receivables / sales × 365", a seasonal month does not distort it.
 *
 * Months run back from the date itself (23/11 → 23/10 → 23/09); from a month's last day
 * they are calendar months (30/11 → 31/10 → 30/09).
 */

/** The same day `months` months before `date`, on the month's last day when `date` is one. */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const index = year * 12 + (month - 1) - months
  const firstOfTarget = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`
  const lastOfTarget = endOfMonth(firstOfTarget)
  if (date === endOfMonth(date)) return lastOfTarget
  const lastDay = Number(lastOfTarget.slice(8))
  return `${firstOfTarget.slice(0, 8)}${String(Math.min(day, lastDay)).padStart(2, '0')}`
}

/**
 * The DSO in whole days (rounded), or null when nothing was sold by `asOf`.
 * `netSalesIn(after, through)` gives the net sales issued in (after, through]; it is
 * asked month by month, most recent first, only as far back as the receivables reach.
 * A month whose credit notes exceed its invoices counts whole and consumes nothing.
 * Receivables older than the first sale (an opening balance) stop the count there.
 */
export function countbackDso(
  asOf: IsoDate,
  receivablesCents: number,
  firstSaleDate: IsoDate | null,
  netSalesIn: (after: IsoDate, through: IsoDate) => number,
): number | null {
  if (firstSaleDate === null || firstSaleDate > asOf) return null
  if (receivablesCents <= 0) return 0
  let remaining = receivablesCents
  let days = 0
  for (let k = 1; ; k += 1) {
    const through = monthsBefore(asOf, k - 1)
    const after = monthsBefore(asOf, k)
    const length = daysBetween(after, through)
    const sales = netSalesIn(after, through)
    if (sales > 0 && remaining <= sales) return Math.round(days + (remaining / sales) * length)
    days += length
    if (sales > 0) remaining -= sales
    if (after < firstSaleDate) return Math.round(days)
  }
}
