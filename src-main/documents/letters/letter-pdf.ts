import type { TemplateChannel } from '../../../src-shared/contract/templates'
import { formatFrenchDate, type IsoDate } from '../../../src-shared/dates'
import { formatFrenchLongDate } from '../../../src-shared/long-date'
import { formatEuros } from '../../../src-shared/money'
import { WAIVED } from '../../data/queries/client-statement'
import { formatRateFr } from '../../domain/penalties'
import { BOLD, documentWithDejaVu, pdfBytes, REGULAR } from '../pdf-fonts'
import {
  ADDRESS_ZONE,
  DATE_LINE_Y,
  FOOTER_Y_FROM_BOTTOM,
  mm,
  OBJECT_Y,
  PAGE_MARGIN,
  REGISTERED_MENTION_Y,
  type WindowSide,
} from './letter-geometry'
import type { LetterCompany, LetterData } from './letter-data'
import type { MergedLetter } from './merge-template'
import { recipientLines } from './recipient-lines'
import { drawTable, fitted, type TableColumn } from './letter-table'

/**
 * A letter on A4 as a French business prints it: letterhead and sender top left, the
 * recipient in the envelope's window, place and date, object, body with the invoice
 * table and the penalty statement, signature, the legal footer and « 1/2 » on every
 * page. Letters are drawn into a document given by the caller, so a batch is one
 * document (and never twice the memory of a letter: each letter's pages are written
 * out once numbered).
 */

export interface LetterOptions {
  channel: TemplateChannel
  window: WindowSide
}

const INK = '#1d2433'
const MUTED = '#5d6677'
const RULE = '#c7cdd8'
const BODY_SIZE = 10
export const REGISTERED_MENTION = 'LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION'

const text = (value: string | null): string | null => (value && value.trim() !== '' ? value.trim() : null)
const present = (values: Array<string | null>): string[] => values.flatMap((value) => (text(value) === null ? [] : [text(value)!]))

/** A4 document for letters: fonts embedded, metadata fixed by the letter's date so equal inputs give equal bytes. */
export function letterDocument(title: string, date: IsoDate): PDFKit.PDFDocument {
  return documentWithDejaVu({
    size: 'A4',
    margins: PAGE_MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    info: { Title: title, Author: 'Encaisse', Creator: 'Encaisse', Producer: 'Encaisse', CreationDate: new Date(`${date}T00:00:00Z`) },
  })
}

function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - PAGE_MARGIN.left - PAGE_MARGIN.right
}

/** « SARL au capital de 10 000,00 € — RCS Montpellier 123 456 789 — SIRET … — TVA … ». */
export function legalFooter(company: LetterCompany): string {
  const capital = company.capitalCents === null ? null : `au capital de ${formatEuros(company.capitalCents)}`
  const form = text([text(company.legalForm), capital].filter(Boolean).join(' '))
  const rcs = text(company.rcsCity) && text(company.siren) ? `RCS ${text(company.rcsCity)} ${text(company.siren)}` : null
  return present([
    text(company.legalName) && form ? `${text(company.legalName)}, ${form}` : text(company.legalName),
    rcs,
    text(company.siret) ? `SIRET ${text(company.siret)}` : null,
    text(company.vatNumber) ? `TVA intracommunautaire ${text(company.vatNumber)}` : null,
  ]).join(' — ')
}

function drawLetterhead(doc: PDFKit.PDFDocument, data: LetterData, side: WindowSide): void {
  // The sender sits on the side opposite the window, so it never shows through it.
  const x = side === 'right' ? PAGE_MARGIN.left : mm(110)
  let y = mm(12)
  if (data.company.logo) {
    doc.image(data.company.logo, x, y, { fit: [mm(45), mm(16)] })
    y += mm(18)
  }
  const company = data.company
  doc.font(BOLD).fontSize(11.5).fillColor(INK)
  doc.text(fitted(doc, company.legalName, mm(85)), x, y, { lineBreak: false })
  y += 15
  const lines = present([
    company.addressLine1,
    company.addressLine2,
    company.addressLine3,
    present([company.postalCode, company.city]).join(' '),
    company.phone ? `Tél. ${company.phone}` : null,
    company.email,
  ])
  doc.font(REGULAR).fontSize(8.5).fillColor(MUTED)
  for (const line of lines) {
    doc.text(fitted(doc, line, mm(85)), x, y, { lineBreak: false })
    y += 10.5
  }
}

function drawRecipient(doc: PDFKit.PDFDocument, data: LetterData, options: LetterOptions): void {
  const zone = ADDRESS_ZONE[options.window]
  if (options.channel === 'registered_letter') {
    doc.font(BOLD).fontSize(7.6).fillColor(INK).text(REGISTERED_MENTION, zone.left, REGISTERED_MENTION_Y, { lineBreak: false })
  }
  let y = ADDRESS_ZONE.top
  recipientLines(data.client).forEach((line, index) => {
    doc.font(index === 0 ? BOLD : REGULAR).fontSize(10).fillColor(INK)
    doc.text(fitted(doc, line, zone.width), zone.left, y, { lineBreak: false })
    y += 12.5
  })
}

function drawDateAndObject(doc: PDFKit.PDFDocument, data: LetterData, letter: MergedLetter, options: LetterOptions): void {
  const width = contentWidth(doc)
  doc.font(REGULAR).fontSize(8.5).fillColor(MUTED)
  doc.text(`Réf. client : ${data.client.code}`, PAGE_MARGIN.left, DATE_LINE_Y, { lineBreak: false })
  const place = text(data.company.city)
  const dated = place ? `${place}, le ${formatFrenchLongDate(data.asOf)}` : `Le ${formatFrenchLongDate(data.asOf)}`
  doc.font(REGULAR).fontSize(BODY_SIZE).fillColor(INK)
  doc.text(dated, ADDRESS_ZONE[options.window === 'right' ? 'right' : 'left'].left, DATE_LINE_Y, { lineBreak: false })
  doc.font(BOLD).fontSize(BODY_SIZE).text(`Objet : ${letter.subject}`, PAGE_MARGIN.left, OBJECT_Y, { width })
  doc.y += 10
}

const INVOICE_COLUMNS: TableColumn[] = [
  { header: 'Facture', width: 92 },
  { header: 'Date', width: 62 },
  { header: 'Échéance', width: 62 },
  { header: 'Montant TTC', width: 74, align: 'right' },
  { header: 'Réglé', width: 66, align: 'right' },
  { header: 'Reste dû', width: 74, align: 'right' },
  { header: 'Retard', width: 51.9, align: 'right' },
]

function drawInvoices(doc: PDFKit.PDFDocument, data: LetterData, ): void {
  const total = (pick: (i: LetterData['invoices'][number]) => number) => formatEuros(data.invoices.reduce((sum, i) => sum + pick(i), 0))
  drawTable(doc, INVOICE_COLUMNS, [
    ...data.invoices.map((invoice) => ({
      cells: [
        invoice.number,
        formatFrenchDate(invoice.issueDate),
        formatFrenchDate(invoice.dueDate),
        formatEuros(invoice.amountCents),
        formatEuros(invoice.paidCents),
        formatEuros(invoice.remainingCents),
        invoice.daysLate > 0 ? `${invoice.daysLate} j` : 'à échoir',
      ],
    })),
    {
      cells: ['Total', '', '', total((i) => i.amountCents), total((i) => i.paidCents), total((i) => i.remainingCents), ''],
      bold: true,
      ruleAbove: true,
    },
  ])
}

const PENALTY_COLUMNS: TableColumn[] = [
  { header: 'Facture et période', width: 186 },
  { header: 'Jours', width: 44, align: 'right' },
  { header: 'Base', width: 86, align: 'right' },
  { header: 'Taux annuel', width: 72, align: 'right' },
  { header: 'Montant', width: 93.9, align: 'right' },
]

function drawPenalties(doc: PDFKit.PDFDocument, data: LetterData, ): void {
  const statement = data.statement
  const rows = statement.invoices.flatMap((invoice) => [
    { cells: [`Facture ${invoice.number}, échue le ${formatFrenchDate(invoice.dueDate)}`, '', '', '', ''], bold: true, span: true },
    ...invoice.periods.map((period) => ({
      cells: [
        `du ${formatFrenchDate(period.from)} au ${formatFrenchDate(period.to)}`,
        String(period.days),
        formatEuros(period.baseCents),
        formatRateFr(period.rateBp),
        formatEuros(period.amountCents),
      ],
    })),
    ...(invoice.indemnityCents > 0
      ? [{ cells: ['Indemnité forfaitaire pour frais de recouvrement', '', '', '', formatEuros(invoice.indemnityCents)] }]
      : []),
  ])
  drawTable(doc, PENALTY_COLUMNS, [
    ...rows,
    { cells: ['Total des pénalités de retard', '', '', '', formatEuros(statement.interestCents)], ruleAbove: true },
    { cells: ['Total des indemnités forfaitaires', '', '', '', formatEuros(statement.indemnityCents)] },
    { cells: ['Principal restant dû', '', '', '', formatEuros(statement.principalCents)] },
    { cells: [`Total dû au ${formatFrenchDate(statement.asOf)}`, '', '', '', formatEuros(statement.claimCents)], bold: true, ruleAbove: true },
  ])
  const notes = statement.warnings.filter((warning) => warning !== WAIVED)
  if (notes.length > 0) {
    doc.font(REGULAR).fontSize(7.5).fillColor(MUTED)
    for (const note of notes) doc.text(note, PAGE_MARGIN.left, doc.y, { width: contentWidth(doc) })
    doc.moveDown(0.3)
  }
}

const INSTALMENT_COLUMNS: TableColumn[] = [
  { header: 'Échéance', width: 110 },
  { header: 'Date', width: 110 },
  { header: 'Montant', width: 120, align: 'right' },
  { header: 'Reste dû après', width: 141.9, align: 'right' },
]

function drawInstalments(doc: PDFKit.PDFDocument, data: LetterData): void {
  const plan = data.plan!
  drawTable(doc, INSTALMENT_COLUMNS, [
    ...plan.instalments.map((due) => ({
      cells: [due.sequence === 0 ? 'Acompte' : `n° ${due.sequence}`, formatFrenchDate(due.dueDate), formatEuros(due.amountCents), formatEuros(due.remainingCents)],
    })),
    { cells: ['Total', '', formatEuros(plan.instalments.reduce((sum, due) => sum + due.amountCents, 0)), ''], bold: true, ruleAbove: true },
  ])
}

/**
 * Both parties' blocks side by side, kept together on one page: who signs for the
 * company, and for the client the handwritten « Bon pour accord », the date and the signature.
 */
function drawSignatures(doc: PDFKit.PDFDocument, data: LetterData): void {
  const height = 150
  if (doc.y + height > doc.page.height - PAGE_MARGIN.bottom) doc.addPage()
  const width = (contentWidth(doc) - mm(10)) / 2
  const top = doc.y + 6
  const parties = [
    { x: PAGE_MARGIN.left, title: `Pour ${data.company.legalName}`, lines: present([data.company.signatoryName, data.company.signatoryTitle]) },
    { x: PAGE_MARGIN.left + width + mm(10), title: `Pour ${data.client.name}`, lines: present([data.client.contactName]) },
  ]
  for (const party of parties) {
    doc.roundedRect(party.x, top, width, height, 4).lineWidth(0.6).strokeColor(RULE).stroke()
    let y = top + 8
    doc.font(BOLD).fontSize(9.5).fillColor(INK).text(fitted(doc, party.title, width - 16), party.x + 8, y, { lineBreak: false })
    y += 13
    doc.font(REGULAR).fontSize(8.5).fillColor(MUTED)
    for (const line of party.lines) {
      doc.text(fitted(doc, line, width - 16), party.x + 8, y, { lineBreak: false })
      y += 11
    }
    doc.font(REGULAR).fontSize(8.5).fillColor(INK)
    doc.text('Mention manuscrite « Bon pour accord » :', party.x + 8, top + 50, { lineBreak: false })
    doc.text('Date :', party.x + 8, top + 76, { lineBreak: false })
    doc.text('Signature :', party.x + 8, top + 96, { lineBreak: false })
  }
  doc.x = PAGE_MARGIN.left
  doc.y = top + height + 6
}

function drawSignature(doc: PDFKit.PDFDocument, data: LetterData, options: LetterOptions): void {
  const bottom = doc.page.height - PAGE_MARGIN.bottom
  if (doc.y + 60 > bottom) doc.addPage()
  const x = ADDRESS_ZONE[options.window === 'right' ? 'right' : 'left'].left
  let y = doc.y + 14
  doc.font(BOLD).fontSize(BODY_SIZE).fillColor(INK)
  for (const [index, line] of present([data.company.signatoryName, data.company.signatoryTitle, data.company.legalName]).entries()) {
    doc.font(index === 0 ? BOLD : REGULAR)
    doc.text(fitted(doc, line, mm(85)), x, y, { lineBreak: false })
    y += 13
  }
  doc.y = y
}

/**
 * The legal footer and « n/N » on each of the letter's pages, and a reminder of whose
 * letter it is atop the following ones; written once the page count is known, with the
 * bottom margin lifted so that nothing flows onto a new page.
 */
function drawFooters(doc: PDFKit.PDFDocument, data: LetterData, letter: MergedLetter, firstPage: number): void {
  const range = doc.bufferedPageRange()
  const count = range.start + range.count - firstPage
  const footer = legalFooter(data.company)
  const address = present([
    present([data.company.addressLine1, data.company.addressLine2]).join(', '),
    present([data.company.postalCode, data.company.city]).join(' '),
  ]).join(', ')
  for (let index = 0; index < count; index++) {
    doc.switchToPage(firstPage + index)
    const width = contentWidth(doc)
    const y = doc.page.height - FOOTER_Y_FROM_BOTTOM
    const margin = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    if (index > 0) {
      doc.font(REGULAR).fontSize(7.5).fillColor(MUTED)
      doc.text(fitted(doc, `${data.client.name} — ${letter.subject} (suite)`, width), PAGE_MARGIN.left, mm(12), { lineBreak: false })
    }
    doc.moveTo(PAGE_MARGIN.left, y).lineTo(PAGE_MARGIN.left + width, y).lineWidth(0.5).strokeColor(RULE).stroke()
    doc.font(REGULAR).fontSize(7).fillColor(MUTED)
    doc.text(footer, PAGE_MARGIN.left, y + 5, { width: width - 40, align: 'center' })
    if (address) doc.text(address, PAGE_MARGIN.left, doc.y + 1, { width: width - 40, align: 'center' })
    const number = `${index + 1}/${count}`
    doc.font(REGULAR).fontSize(8).fillColor(INK)
    doc.text(number, PAGE_MARGIN.left + width - doc.widthOfString(number), y + 5, { lineBreak: false })
    doc.page.margins.bottom = margin
  }
}

/** Draws one letter from a new page of `doc`; returns how many pages it took. */
export function drawLetter(doc: PDFKit.PDFDocument, letter: MergedLetter, data: LetterData, options: LetterOptions): number {
  doc.addPage()
  const firstPage = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1
  drawLetterhead(doc, data, options.window)
  drawRecipient(doc, data, options)
  drawDateAndObject(doc, data, letter, options)
  const width = contentWidth(doc)
  for (const block of letter.blocks) {
    if (block.kind === 'paragraph') {
      doc.font(REGULAR).fontSize(BODY_SIZE).fillColor(INK)
      // Never a lone first line at the foot of a page.
      if (doc.y + 2 * doc.currentLineHeight(true) > doc.page.height - PAGE_MARGIN.bottom) doc.addPage()
      doc.text(block.text, PAGE_MARGIN.left, doc.y, { width, align: 'justify', lineGap: 1.5 })
      doc.moveDown(0.7)
    } else {
      const draw = { invoices: drawInvoices, penalties: drawPenalties, instalments: drawInstalments, signatures: drawSignatures }[block.kind]
      draw(doc, data)
      doc.moveDown(0.7)
    }
  }
  // A letter both parties sign carries their blocks instead of the sender's signature.
  if (!letter.blocks.some((block) => block.kind === 'signatures')) drawSignature(doc, data, options)
  drawFooters(doc, data, letter, firstPage)
  const pages = doc.bufferedPageRange().start + doc.bufferedPageRange().count - firstPage
  doc.flushPages()
  return pages
}

/** One letter as its own PDF file. */
export function letterPdf(letter: MergedLetter, data: LetterData, options: LetterOptions): Promise<Buffer> {
  const doc = letterDocument(`${letter.subject} — ${data.client.name}`, data.asOf)
  drawLetter(doc, letter, data, options)
  return pdfBytes(doc)
}
