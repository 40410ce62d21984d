import { useState, type ReactNode } from 'react'
import { fr } from '../i18n/fr'
import { Dialog } from './Dialog'
import './confirm-dialog.css'

interface ConfirmDialogProps {
  title: string
  /** What will happen, in the user's words: amounts, dates, consequences. */
  children: ReactNode
  confirmLabel: string
  /** When « Annuler » would be ambiguous (the action itself cancels something): « Garder le règlement ». */
  cancelLabel?: string
  /** A change that is hard to take back (cancelling a payment, archiving a debtor): the button says so in red. */
  danger?: boolean
  onConfirm(): Promise<void> | void
  onCancel(): void
}

/**
 * The app's own « are you sure? », in place of the browser's confirm(): it names what
 * will change, the focus starts on « Annuler » (the safe answer to a stray Enter), and
 * Escape or a click outside cancels, as every dialog of the app does.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel = fr.common.cancel, danger = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const [working, setWorking] = useState(false)
  async function confirm() {
    setWorking(true)
    try {
      await onConfirm()
    } finally {
      setWorking(false)
    }
  }
  return (
    <Dialog title={title} className="confirm-dialog" onCancel={onCancel}>
      <div className="confirm-body">{children}</div>
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onCancel} disabled={working}>{cancelLabel}</button>
        <button type="button" className={danger ? 'danger' : undefined} onClick={() => void confirm()} disabled={working}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
