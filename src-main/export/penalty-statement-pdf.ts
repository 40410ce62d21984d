import type { ClientStatement, InvoiceStatement } from '../../src-shared/contract/penalties'
import { formatFrenchDate, type IsoDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import type { StatementParties } from '../data/queries/statement-parties'
import { BOLD, documentWithDejaVu, pdfBytes, REGULAR } from '../documents/pdf-fonts'

/**
 * « Décompte des pénalités de retard » to hand to a client, a collection agency or a
 * court: A4 portrait in the aged balance's look (DejaVu embedded, shaded header row,
 * amounts right-aligned in French, « Page 1/2 » at the foot). Creditor and debtor head
 * the page; then each late invoice with its periods (du, au, jours, base, taux,
 * montant) and its 40 € indemnity; the totals; the warnings; the legal grounds; the rate
 * of each half-year used with its source.
 */

export interface PenaltyStatementPdf {
  statement: ClientStatement
  parties: StatementParties
  /** Set when the statement is of one invoice only. */
  invoiceNumber: string | null
  basis: string[]
  rateSources: string[]
  printedOn: IsoDate
}

const MARGIN = 48
const FONT_SIZE = 8.5
const ROW_HEIGHT = 15
const PADDING = 5
const INK = '#1d2433'
const MUTED = '#5d6677'
const RULE = '#c7cdd8'
const SHADE = '#f3f5f8'
const WARN = '#8a4b00'

/** Du, Au, Jours, Base TTC, Taux, Montant: widths as shares of the table's width. */
const COLUMNS = [
  { header: 'Du', share: 0.16, right: false },
  { header: 'Au', share: 0.16, right: false },
  { header: 'Jours', share: 0.1, right: true },
  { header: 'Base TTC', share: 0.22, right: true },
  { header: 'Taux', share: 0.14, right: true },
  { header: 'Montant', share: 0.22, right: true },
]

const ratePct = (bp: number) => `${(bp / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2 })} %`

export function penaltyStatementTitle(statement: ClientStatement, invoiceNumber: string | null): string {
  const of = invoiceNumber === null ? '' : ` — facture ${invoiceNumber}`
  return `Décompte des pénalités de retard au ${formatFrenchDate(statement.asOf)}${of}`
}

export async function penaltyStatementPdf(input: PenaltyStatementPdf): Promise<Buffer> {
  const { statement, parties } = input
  const title = penaltyStatementTitle(statement, input.invoiceNumber)
  const doc = documentWithDejaVu({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${title} — ${parties.debtor.name}`, Author: parties.creditor.name, Creator: 'Encaisse' },
  })
  const width = doc.page.width - 2 * MARGIN
  const bottom = doc.page.height - MARGIN - 14
  const xs = COLUMNS.reduce<number[]>((starts, column, i) => [...starts, (starts[i] ?? MARGIN) + column.share * width], [MARGIN])
  let y = MARGIN

  /** Free text that wraps within the width, moved to a new page if it would run past the bottom. */
  const paragraph = (text: string, options: { font?: string; size?: number; color?: string; gap?: number } = {}) => {
    doc.font(options.font ?? REGULAR).fontSize(options.size ?? FONT_SIZE).fillColor(options.color ?? INK)
    const height = doc.heightOfString(text, { width })
    if (y + height > bottom) {
      doc.addPage()
      y = MARGIN
    }
    doc.text(text, MARGIN, y, { width })
    y += height + (options.gap ?? 3)
  }

  const cell = (text: string, column: number, rowY: number) => {
    const spec = COLUMNS[column]
    const x = xs[column] ?? MARGIN
    const cellWidth = (spec?.share ?? 0) * width
    const textWidth = doc.widthOfString(text)
    doc.text(text, spec?.right ? x + cellWidth - PADDING - textWidth : x + PADDING, rowY, { lineBreak: false })
  }

  const header = () => {
    doc.rect(MARGIN, y, width, ROW_HEIGHT + 2).fill(SHADE)
    doc.font(BOLD).fontSize(FONT_SIZE).fillColor(MUTED)
    COLUMNS.forEach((column, i) => cell(column.header, i, y + 4))
    y += ROW_HEIGHT + 2
    doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(0.6).strokeColor(RULE).stroke()
    y += 2
  }

  /** Room for `rows` rows, or a new page with the header again. */
  const room = (rows: number) => {
    if (y + rows * ROW_HEIGHT <= bottom) return
    doc.addPage()
    y = MARGIN
    header()
  }

  /** A line across the table: a label on the left, an amount in the last column. */
  const wideRow = (label: string, amount: string | null, options: { bold?: boolean; color?: string; shaded?: boolean } = {}) => {
    room(1)
    if (options.shaded) doc.rect(MARGIN, y, width, ROW_HEIGHT).fill(SHADE)
    doc.font(options.bold ? BOLD : REGULAR).fontSize(FONT_SIZE).fillColor(options.color ?? INK)
    const labelWidth = width * (amount === null ? 1 : 0.76) - 2 * PADDING
    let text = label
    while (doc.widthOfString(text) > labelWidth && text.length > 1) text = text.slice(0, -2)
    doc.text(text === label ? label : `${text.trimEnd()}…`, MARGIN + PADDING, y + 3, { lineBreak: false })
    if (amount !== null) cell(amount, 5, y + 3)
    y += ROW_HEIGHT
  }

  const invoiceRows = (invoice: InvoiceStatement) => {
    room(2)
    wideRow(
      `Facture ${invoice.number} échue le ${formatFrenchDate(invoice.dueDate)} — ${formatEuros(invoice.amountCents)} TTC, reste dû ${formatEuros(invoice.unpaidCents)}`,
      null,
      { bold: true, shaded: true },
    )
    doc.font(REGULAR).fontSize(FONT_SIZE).fillColor(INK)
    for (const period of invoice.periods) {
      room(1)
      doc.font(REGULAR).fontSize(FONT_SIZE).fillColor(INK)
      const cells = [formatFrenchDate(period.from), formatFrenchDate(period.to), String(period.days), formatEuros(period.baseCents), ratePct(period.rateBp), formatEuros(period.amountCents)]
      cells.forEach((text, i) => cell(text, i, y + 3))
      y += ROW_HEIGHT
    }
    if (invoice.indemnityCents > 0) wideRow('Indemnité forfaitaire pour frais de recouvrement (C. com. art. D441-5)', formatEuros(invoice.indemnityCents))
    for (const flag of invoice.flags) wideRow(flag, null, { color: WARN })
  }

  // Title and parties.
  doc.font(BOLD).fontSize(15).fillColor(INK).text(title, MARGIN, y, { width })
  y = doc.y + 10
  const half = (width - 20) / 2
  const party = (label: string, name: string, lines: string[], x: number) => {
    let py = y
    doc.font(BOLD).fontSize(7.5).fillColor(MUTED).text(label.toUpperCase(), x, py, { width: half })
    py = doc.y + 2
    doc.font(BOLD).fontSize(10).fillColor(INK).text(name, x, py, { width: half })
    py = doc.y + 1
    doc.font(REGULAR).fontSize(8.5).fillColor(INK)
    for (const line of lines) {
      doc.text(line, x, py, { width: half })
      py = doc.y
    }
    return py
  }
  const debtorLines = [`Compte client ${parties.debtor.code}`, ...parties.debtor.lines]
  y = Math.max(party('Créancier', parties.creditor.name, parties.creditor.lines, MARGIN), party('Débiteur', parties.debtor.name, debtorLines, MARGIN + half + 20)) + 14

  if (statement.invoices.length === 0) {
    paragraph('Aucune facture en retard à cette date : rien à réclamer.', { size: 10 })
  } else {
    header()
    statement.invoices.forEach(invoiceRows)
    room(5)
    y += 2
    doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(1).strokeColor(INK).stroke()
    y += 3
    wideRow('Principal restant dû', formatEuros(statement.principalCents))
    wideRow('Pénalités de retard', formatEuros(statement.interestCents))
    wideRow('Indemnités forfaitaires', formatEuros(statement.indemnityCents))
    wideRow('Total réclamé', formatEuros(statement.claimCents), { bold: true, shaded: true })
  }
  y += 12

  if (statement.warnings.length > 0) {
    paragraph('Avertissements', { font: BOLD, size: 9.5, gap: 4 })
    for (const warning of statement.warnings) paragraph(`• ${warning}`, { color: WARN })
    y += 8
  }
  paragraph('Fondement', { font: BOLD, size: 9.5, gap: 4 })
  for (const line of input.basis) paragraph(line)
  if (input.rateSources.length > 0) {
    y += 8
    paragraph('Taux appliqués et leurs sources', { font: BOLD, size: 9.5, gap: 4 })
    for (const line of input.rateSources) paragraph(line)
  }

  const pages = doc.bufferedPageRange()
  doc.font(REGULAR).fontSize(7.5).fillColor(MUTED)
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i)
    const footer = `Page ${i + 1}/${pages.count}`
    const foot = doc.page.height - MARGIN + 10
    doc.text(footer, MARGIN + width - doc.widthOfString(footer), foot, { lineBreak: false })
    doc.text(`${parties.debtor.name} — édité le ${formatFrenchDate(input.printedOn)} avec Encaisse`, MARGIN, foot, { lineBreak: false })
  }
  return pdfBytes(doc)
}
