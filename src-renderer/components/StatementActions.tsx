import { useState, type RefObject } from 'react'
import { downloadFile } from '../download-file'
import { fr } from '../i18n/fr'
import { copyText } from '../statement-text'
import { useMutation } from '../use-channel'
import './statement-actions.css'

const t = fr.penalties.actions

interface StatementActionsProps {
  /** What the PDF is of: the client's whole statement, or one of its invoices. */
  pdf: { clientId: number; invoiceId?: number; asOf: string }
  /** The element printed alone by « Imprimer » (the dialog or the panel). */
  printArea: RefObject<HTMLElement | null>
  /** The statement as tab-separated text, for « Copier ». */
  text(): string
  /** Printed above the statement only: who it concerns and when it was drawn. */
  printHeading: string
}

/**
 * What lets a statement leave the screen: a PDF to send or file, the page printed, the
 * figures copied for Excel or a mail.
 */
export function StatementActions({ pdf, printArea, text, printHeading }: StatementActionsProps) {
  const statementPdf = useMutation('penalties.statementPdf')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  async function downloadPdf() {
    setMessage(null)
    const result = await statementPdf.run(pdf)
    if (!result.ok) return setMessage({ ok: false, text: result.error.message })
    downloadFile(result.data)
    setMessage({ ok: true, text: fr.files.downloaded(result.data.fileName) })
  }

  function print() {
    const area = printArea.current
    if (!area) return
    // Only the statement prints: the rest of the window is hidden by statement-actions.css while this mark is set.
    area.dataset.printing = 'true'
    document.body.classList.add('printing-statement')
    window.addEventListener(
      'afterprint',
      () => {
        delete area.dataset.printing
        document.body.classList.remove('printing-statement')
      },
      { once: true },
    )
    window.print()
  }

  async function copy() {
    try {
      await copyText(text())
      setMessage({ ok: true, text: t.copied })
    } catch {
      setMessage({ ok: false, text: t.copyRefused })
    }
  }

  return (
    <>
      <p className="print-only statement-print-heading">{printHeading}</p>
      <div className="statement-actions no-print" role="group" aria-label={t.label}>
        <button type="button" className="secondary" title={t.pdfTitle} disabled={statementPdf.pending} onClick={() => void downloadPdf()}>
          {statementPdf.pending ? t.working : t.pdf}
        </button>
        <button type="button" className="secondary" title={t.printTitle} onClick={print}>{t.print}</button>
        <button type="button" className="secondary" title={t.copyTitle} onClick={() => void copy()}>{t.copy}</button>
        {message ? <span className={message.ok ? 'muted' : 'error-text'} role={message.ok ? 'status' : 'alert'}>{message.text}</span> : null}
      </div>
    </>
  )
}
