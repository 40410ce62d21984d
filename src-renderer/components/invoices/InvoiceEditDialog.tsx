import { useEffect, useState } from 'react'
import type { InvoiceDetail } from '../../../src-shared/contract/invoices'
import { invoke } from '../../api'
import { fr } from '../../i18n/fr'
import { Dialog } from '../Dialog'
import { InvoiceForm } from './InvoiceForm'

interface InvoiceEditDialogProps {
  invoiceId: number
  number: string
  onCancel(): void
  onSaved(notice: string): void
}

/** Corrects an invoice or a credit note from its row: the same form as for entering one, filled in. */
export function InvoiceEditDialog({ invoiceId, number, onCancel, onSaved }: InvoiceEditDialogProps) {
  const [document, setDocument] = useState<InvoiceDetail | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    void invoke('invoices.get', { id: invoiceId }).then((result) => {
      if (!current) return
      if (result.ok) setDocument(result.data)
      else setError(result.error.message)
    })
    return () => {
      current = false
    }
  }, [invoiceId])

  return (
    <Dialog title={fr.invoices.form.editTitle(number)} className="invoice-edit-dialog" onCancel={onCancel}>
      {error ? <p className="error-text" role="alert">{error}</p> : null}
      {document ? (
        <InvoiceForm kind={document.kind} today={document.issueDate} editing={document} onCancel={onCancel} onSaved={onSaved} />
      ) : error ? null : (
        <p className="muted">{fr.common.loading}</p>
      )}
    </Dialog>
  )
}
