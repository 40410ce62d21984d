import PDFDocument from 'pdfkit'

/**
 * Every PDF of Encaisse embeds DejaVu Sans: pdfkit's built-in Helvetica is WinAnsi only
 * and silently garbles the narrow no-break space Intl puts in « 1 234,56 € » (TOOLCHAIN.md
 * §4.8). The TTFs come from the dejavu-fonts-ttf dependency, resolved like a module so
 * that the sources, the bundle in out/main and a packaged app all find them.
 */

export const REGULAR = 'DejaVuSans'
export const BOLD = 'DejaVuSans-Bold'

const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`)

/**
 * A new document with both faces registered and the regular one current. Passing the
 * font to the constructor also keeps pdfkit from loading Helvetica's metrics at all.
 */
export function documentWithDejaVu(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({ ...options, font: fontFile(REGULAR) })
  doc.registerFont(REGULAR, fontFile(REGULAR))
  doc.registerFont(BOLD, fontFile(BOLD))
  doc.font(REGULAR)
  return doc
}

/** The document's bytes once it is ended. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })
}
