import type { InvoiceStatement } from '../src-shared/contract/penalties'
import { formatFrenchDate } from '../src-shared/dates'

/** « 1234,56 »: what a French spreadsheet reads as a number when pasted (no € sign, no thousands separator). */
const number = (cents: number) => (cents / 100).toFixed(2).replace('.', ',')
const rate = (bp: number) => `${(bp / 100).toFixed(2).replace('.', ',')} %`

/**
 * A penalty statement as tab-separated lines, to paste into Excel or a mail: a title line,
 * the column headers, each invoice and its periods and indemnity, then the totals.
 */
export function statementTsv(title: string, invoices: InvoiceStatement[], totals: Array<[string, number]>): string {
  const lines = [[title], ['Du', 'Au', 'Jours', 'Base TTC', 'Taux', 'Montant']]
  for (const invoice of invoices) {
    lines.push([`Facture ${invoice.number} échue le ${formatFrenchDate(invoice.dueDate)}`, '', '', number(invoice.amountCents), 'reste dû', number(invoice.unpaidCents)])
    for (const p of invoice.periods) {
      lines.push([formatFrenchDate(p.from), formatFrenchDate(p.to), String(p.days), number(p.baseCents), rate(p.rateBp), number(p.amountCents)])
    }
    if (invoice.indemnityCents > 0) lines.push(['Indemnité forfaitaire (C. com. art. D441-5)', '', '', '', '', number(invoice.indemnityCents)])
  }
  for (const [label, cents] of totals) lines.push([label, '', '', '', '', number(cents)])
  return `${lines.map((cells) => cells.join('\t')).join('\r\n')}\r\n`
}

/** Puts text on the clipboard; where the Clipboard API is refused (an app scheme), through a selected text area. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
    return
  } catch {
    // Below: the older way, which every Chromium still honours on a click.
  }
  const area = document.createElement('textarea')
  area.value = text
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  const copied = document.execCommand('copy')
  area.remove()
  if (!copied) throw new Error('copy refused')
}
