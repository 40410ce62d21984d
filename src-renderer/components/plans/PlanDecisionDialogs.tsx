import { useState, type FormEvent } from 'react'
import type { PlanDetail } from '../../../src-shared/contract/plans'
import { fr } from '../../i18n/fr'
import { useMutation } from '../../use-channel'
import { Dialog } from '../Dialog'

const t = fr.plans.detail

/** The client agreed: the plan becomes active on the date they did. */
export function AcceptDialog({ plan, today, onClose, onDone }: { plan: PlanDetail; today: string; onClose(): void; onDone(): void }) {
  const [acceptedOn, setAcceptedOn] = useState(today)
  const accept = useMutation('plans.accept')
  async function submit(event: FormEvent) {
    event.preventDefault()
    const result = await accept.run({ planId: plan.id, acceptedOn })
    if (result.ok) onDone()
  }
  return (
    <Dialog title={t.acceptTitle} onCancel={onClose}>
      <p className="muted">{t.acceptHint}</p>
      <form onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span className="label">{t.acceptDate}</span>
          <input type="date" required value={acceptedOn} onChange={(event) => setAcceptedOn(event.target.value)} />
        </label>
        {accept.error ? <p className="error-text" role="alert">{accept.error.message}</p> : null}
        <div className="form-actions">
          <button type="button" className="secondary" onClick={onClose}>{fr.common.cancel}</button>
          <button type="submit" disabled={accept.pending || acceptedOn === ''}>{t.accept}</button>
        </div>
      </form>
    </Dialog>
  )
}

/** Cancelled with a reason: the invoices go back to their reminder scenario. */
export function CancelDialog({ plan, onClose, onDone }: { plan: PlanDetail; onClose(): void; onDone(): void }) {
  const [reason, setReason] = useState('')
  const cancel = useMutation('plans.cancel')
  async function submit(event: FormEvent) {
    event.preventDefault()
    const result = await cancel.run({ planId: plan.id, reason })
    if (result.ok) onDone()
  }
  return (
    <Dialog title={t.cancelTitle} onCancel={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span className="label">{t.cancelReasonLabel}</span>
          <textarea rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        {cancel.error ? <p className="error-text" role="alert">{cancel.error.message}</p> : null}
        <div className="form-actions">
          <button type="button" className="secondary" onClick={onClose}>{t.keep}</button>
          <button type="submit" disabled={cancel.pending}>{t.cancelConfirm}</button>
        </div>
      </form>
    </Dialog>
  )
}
