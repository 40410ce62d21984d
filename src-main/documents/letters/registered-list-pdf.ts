import { formatFrenchDate, type IsoDate } from '../../../src-shared/dates'
import type { BordereauRow } from '../../data/queries/letter-actions'
import { BOLD, pdfBytes, REGULAR } from '../pdf-fonts'
import { PAGE_MARGIN } from './letter-geometry'
import type { LetterCompany } from './letter-data'
import { letterDocument } from './letter-pdf'
import { drawTable, type TableColumn } from './letter-table'

/**
 * The bordereau of a batch's registered letters: who each goes to, and a box for the
 * number of its registered-letter label, to copy at the counter and type in Encaisse
 * afterwards (Courriers → Recommandés à numéroter).
 */

const COLUMNS: TableColumn[] = [
  { header: 'N°', width: 24 },
  { header: 'Destinataire et adresse', width: 206 },
  { header: 'Courrier', width: 126 },
  { header: 'N° de recommandé', width: 125.9 },
]

export function registeredListPdf(rows: BordereauRow[], company: Pick<LetterCompany, 'legalName' | 'addressLine1' | 'postalCode' | 'city'>, date: IsoDate): Promise<Buffer> {
  const title = `Bordereau des lettres recommandées avec accusé de réception du ${formatFrenchDate(date)}`
  const doc = letterDocument(title, date)
  doc.addPage()
  const width = doc.page.width - PAGE_MARGIN.left - PAGE_MARGIN.right
  doc.font(BOLD).fontSize(13).fillColor('#1d2433').text(title, PAGE_MARGIN.left, PAGE_MARGIN.top, { width })
  doc.moveDown(0.3)
  const sender = [company.legalName, company.addressLine1, [company.postalCode, company.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  doc.font(REGULAR).fontSize(9).fillColor('#5d6677').text(`Expéditeur : ${sender} — ${rows.length} envoi${rows.length > 1 ? 's' : ''}`, { width })
  doc.moveDown(0.8)
  drawTable(
    doc,
    COLUMNS,
    rows.flatMap((row, index) => [
      { cells: [String(index + 1), `${row.clientName} (${row.clientCode})`, row.templateName ?? '', row.trackingNumber ?? '______________________'], ruleAbove: index > 0 },
      {
        cells: [
          [row.addressLine1, row.addressLine2, [row.postalCode, row.city].filter(Boolean).join(' '), row.country === 'France' ? null : row.country]
            .filter(Boolean)
            .join(', '),
        ],
        span: true,
        spanFrom: 1,
        muted: true,
      },
    ]),
  )
  const pages = doc.bufferedPageRange()
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    const label = `${i + 1}/${pages.count}`
    doc.font(REGULAR).fontSize(8).fillColor('#5d6677').text(label, PAGE_MARGIN.left + width - doc.widthOfString(label), doc.page.height - 40, { lineBreak: false })
    doc.page.margins.bottom = bottom
  }
  return pdfBytes(doc)
}
