import { useEffect, useState, type FormEvent } from 'react'
import { PENALTY_CHOICES, PLAN_FREQUENCIES, type PlanDetail, type PlanInvoiceView } from '../../../src-shared/contract/plans'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
import { Dialog } from '../Dialog'
import { emptyPlanForm, renegotiationForm, termsOf, withEdit, withinCount, type PlanForm } from './plan-form'
import { PlanWarnings, ScheduleEditor } from './ScheduleEditor'
import './plans.css'

const t = fr.plans.editor

/** Time left to the typist before the schedule is asked again: a number being typed is not sent at every key. */
const DEBOUNCE_MS = 200

interface PlanEditorProps {
  clientId: number
  clientName: string
  today: string
  /** Renegotiation: the active plan the new one replaces once accepted. */
  replaces?: PlanDetail
  onClose(): void
  onSaved(planId: number): void
}

/**
 * Proposes a payment plan: the invoices it covers, what becomes of the penalties, a down
 * payment, then a number of instalments or an amount, a frequency and a first date. The
 * schedule is computed by the core on each change and shown at once; any row's date or
 * amount can be changed in place. Enter saves the proposal.
 */
export function PlanEditor({ clientId, clientName, today, replaces, onClose, onSaved }: PlanEditorProps) {
  const [form, setForm] = useState<PlanForm>(() => (replaces ? renegotiationForm(replaces, today) : emptyPlanForm(today)))
  const reading = termsOf(form, clientId)
  const [sent, setSent] = useState(reading.ok ? reading.terms : null)
  const key = reading.ok ? JSON.stringify(reading.terms) : null
  useEffect(() => {
    if (key === null) return
    const timer = setTimeout(() => setSent(JSON.parse(key)), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [key])
  const preview = useQuery('plans.preview', sent)
  const schedule = preview.data
  const stale = preview.loading || key !== JSON.stringify(sent)
  // The invoices offered, with their balance today: the client's overdue ones as the core first
  // found them, or those of the plan renegotiated (held by it, so named to the core).
  const [candidates, setCandidates] = useState<PlanInvoiceView[] | null>(null)
  useEffect(() => {
    if (candidates === null && schedule) setCandidates(schedule.invoices)
  }, [candidates, schedule])
  const create = useMutation('plans.create')

  const change = (patch: Partial<PlanForm>) => setForm((previous) => ({ ...previous, ...patch }))
  const countOf = (next: PlanForm) => (next.mode === 'count' && /^\d+$/.test(next.count.trim()) ? Number(next.count) : null)
  const changeCount = (patch: Partial<PlanForm>) =>
    setForm((previous) => {
      const next = { ...previous, ...patch }
      return { ...next, edits: withinCount(next.edits, countOf(next)) }
    })

  function toggleInvoice(invoiceId: number, checked: boolean) {
    const all = (candidates ?? []).map((invoice) => invoice.invoiceId)
    const current = form.invoiceIds ?? all
    const next = checked ? all.filter((id) => id === invoiceId || current.includes(id)) : current.filter((id) => id !== invoiceId)
    change({ invoiceIds: next })
  }

  function changeFrequency(frequency: PlanForm['frequency']) {
    // Free dates start from the dates shown, so that switching changes nothing until a date is moved.
    const dates = frequency === 'free' && schedule ? schedule.rows.filter((row) => row.sequence > 0).map((row) => row.date) : form.dates
    change({ frequency, dates, edits: [] })
  }

  function editDate(sequence: number, date: string) {
    if (form.frequency === 'free') {
      change({ dates: form.dates.map((d, index) => (index === sequence - 1 ? date : d)) })
    } else {
      change({ edits: withEdit(form.edits, { sequence, date }) })
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!reading.ok || create.pending) return
    const result = await create.run({
      ...reading.terms,
      ...(form.note.trim() ? { note: form.note.trim() } : {}),
      ...(replaces ? { replacesPlanId: replaces.id } : {}),
    })
    if (result.ok) onSaved(result.data.id)
  }

  const fieldError = (field: string) => create.fieldErrors[field] ?? (preview.error?.details?.fields?.[field] as string | undefined)
  const unreadable = reading.ok ? null : reading.field
  const checked = (id: number) => form.invoiceIds === null || form.invoiceIds.includes(id)

  return (
    <Dialog title={replaces ? t.renegotiateTitle(clientName) : t.title(clientName)} className="plan-editor" onCancel={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="plan-editor-columns">
          <div className="plan-editor-terms">
            <fieldset className="plan-invoices">
              <legend>{t.invoices}</legend>
              {candidates === null ? (
                <p className="muted">{preview.error ? null : t.invoicesLoading}</p>
              ) : candidates.length === 0 ? (
                <p className="muted">{t.noInvoice}</p>
              ) : (
                <ul>
                  {candidates.map((invoice) => (
                    <li key={invoice.invoiceId}>
                      <label className="inline-check">
                        <input type="checkbox" checked={checked(invoice.invoiceId)} onChange={(event) => toggleInvoice(invoice.invoiceId, event.target.checked)} />
                        <span>{t.invoiceLine(invoice.number, formatFrenchDate(invoice.dueDate), invoice.daysLate)}</span>
                        <span className="num">{formatEuros(invoice.balanceCents)}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
              {fieldError('invoiceIds') ? <p className="field-error" role="alert">{fieldError('invoiceIds')}</p> : null}
            </fieldset>

            <fieldset className="plan-penalties">
              <legend>{t.penalties}</legend>
              {PENALTY_CHOICES.map((choice) => (
                <label key={choice} className="inline-check">
                  <input type="radio" name="penalties" value={choice} checked={form.penalties === choice} onChange={() => change({ penalties: choice })} />
                  {t.penaltyChoices[choice]}
                </label>
              ))}
              {schedule ? <p className="field-hint">{t.penaltiesHint(formatEuros(schedule.interestCents), formatEuros(schedule.indemnityCents))}</p> : null}
            </fieldset>

            <div className="plan-fields">
              <label className={`field${unreadable === 'downPayment' || fieldError('downPaymentCents') ? ' invalid' : ''}`}>
                <span className="label">{t.downPayment}</span>
                <input className="num" inputMode="decimal" value={form.downPayment} placeholder="0,00" aria-invalid={unreadable === 'downPayment'} onChange={(event) => change({ downPayment: event.target.value })} />
                {unreadable === 'downPayment' ? <span className="field-error" role="alert">{t.unreadable}</span> : <span className="field-hint">{t.downPaymentHint}</span>}
              </label>
              <label className="field">
                <span className="label">{t.downPaymentDate}</span>
                <input
                  type="date"
                  value={form.downPaymentDate || today}
                  disabled={form.downPayment.trim() === ''}
                  onChange={(event) => change({ downPaymentDate: event.target.value })}
                />
              </label>

              <fieldset className="plan-mode">
                <legend>{t.mode}</legend>
                {(['count', 'amount'] as const).map((mode) => (
                  <label key={mode} className="inline-check">
                    <input type="radio" name="mode" value={mode} checked={form.mode === mode} disabled={form.frequency === 'free'} onChange={() => changeCount({ mode })} />
                    {t.modes[mode]}
                  </label>
                ))}
              </fieldset>
              {form.mode === 'count' || form.frequency === 'free' ? (
                <label className={`field${unreadable === 'count' || fieldError('instalmentCount') ? ' invalid' : ''}`}>
                  <span className="label">{t.count}</span>
                  <input
                    className="num"
                    inputMode="numeric"
                    value={form.frequency === 'free' ? String(Math.max(form.dates.length, 1)) : form.count}
                    aria-invalid={unreadable === 'count'}
                    onChange={(event) => {
                      const text = event.target.value
                      if (form.frequency === 'free' && /^\d{1,3}$/.test(text) && Number(text) >= 1) {
                        const n = Number(text)
                        const dates = form.dates.slice(0, n)
                        while (dates.length < n) dates.push(dates[dates.length - 1] ?? form.firstDate)
                        change({ dates })
                      } else changeCount({ count: text })
                    }}
                  />
                  {unreadable === 'count' ? <span className="field-error" role="alert">{t.unreadableCount}</span> : null}
                </label>
              ) : (
                <label className={`field${unreadable === 'amount' || fieldError('instalmentCents') ? ' invalid' : ''}`}>
                  <span className="label">{t.amount}</span>
                  <input className="num" inputMode="decimal" value={form.amount} aria-invalid={unreadable === 'amount'} onChange={(event) => changeCount({ amount: event.target.value, edits: [] })} />
                  {unreadable === 'amount' ? <span className="field-error" role="alert">{t.unreadable}</span> : null}
                </label>
              )}
              <label className="field">
                <span className="label">{t.frequency}</span>
                <select value={form.frequency} onChange={(event) => changeFrequency(event.target.value as PlanForm['frequency'])}>
                  {PLAN_FREQUENCIES.map((frequency) => (
                    <option key={frequency} value={frequency}>
                      {t.frequencies[frequency]}
                    </option>
                  ))}
                </select>
              </label>
              <label className={`field${fieldError('firstDate') ? ' invalid' : ''}`}>
                <span className="label">{t.firstDate}</span>
                <input
                  type="date"
                  value={form.firstDate}
                  onChange={(event) => {
                    const firstDate = event.target.value
                    if (firstDate) change({ firstDate, dates: form.frequency === 'free' ? [firstDate, ...form.dates.slice(1)] : form.dates })
                  }}
                />
              </label>
              {form.frequency === 'month' ? (
                <label className={`field${unreadable === 'dayOfMonth' ? ' invalid' : ''}`}>
                  <span className="label">{t.dayOfMonth}</span>
                  <input className="num" inputMode="numeric" value={form.dayOfMonth} placeholder={form.firstDate.slice(8)} onChange={(event) => change({ dayOfMonth: event.target.value })} />
                  <span className="field-hint">{t.dayOfMonthHint}</span>
                </label>
              ) : null}
              <label className="field plan-note">
                <span className="label">{t.note}</span>
                <textarea rows={2} value={form.note} onChange={(event) => change({ note: event.target.value })} />
              </label>
            </div>
          </div>

          <section className="plan-editor-schedule" aria-label={t.schedule}>
            <h3>
              {t.schedule} {stale ? <span className="muted plan-computing">{t.computing}</span> : null}
            </h3>
            {preview.error ? <p className="form-summary" role="alert">{preview.error.message}</p> : null}
            {schedule ? (
              <>
                <p className="plan-summary">
                  <strong>{t.covered(formatEuros(schedule.coveredCents))}</strong>
                  {schedule.frozenClaimCents > 0 ? <span> · {t.frozen(formatEuros(schedule.frozenClaimCents))}</span> : null}
                  <span> · {t.months(schedule.months)}</span>
                </p>
                <PlanWarnings warnings={schedule.warnings.filter((warning) => warning.sequence === null)} />
                <ScheduleEditor
                  schedule={schedule}
                  stale={stale}
                  onDate={editDate}
                  onAmount={(sequence, amountCents) => change({ edits: withEdit(form.edits, { sequence, amountCents }) })}
                />
                <p className="field-hint">{t.scheduleHint}</p>
              </>
            ) : null}
          </section>
        </div>

        {create.error ? <p className="form-summary" role="alert">{create.error.message}</p> : null}
        <div className="form-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {fr.common.cancel}
          </button>
          <button type="submit" disabled={!reading.ok || create.pending || !schedule}>
            {create.pending ? fr.common.saving : t.save}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
