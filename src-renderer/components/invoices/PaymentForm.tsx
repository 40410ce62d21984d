import { useEffect, useRef, useState, type FormEvent } from 'react'
import { PAYMENT_METHODS, type PaymentMethod } from '../../../src-shared/contract/payments'
import { formatFrenchDate, type IsoDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { centsToEuroInput, readEuros, type EuroReading } from '../../euro-input'
import { fr } from '../../i18n/fr'
import { useMutation, useQuery } from '../../use-channel'
import { useSettled } from '../../use-settled'
import { Field } from '../Field'
import { useFocusFirstError } from '../focus-first-error'
import { ClientPicker, type PickedClient } from './ClientPicker'

const t = fr.payments

/** Most open invoices one client can have on screen for allocating a payment (the contract's page limit). */
const OPEN_LIMIT = 500
const TYPING_DELAY_MS = 300

type Errors = Partial<Record<'clientId' | 'date' | 'amountCents' | 'method' | 'reference' | 'allocation', string>>
const SHOWN_FIELDS: ReadonlySet<string> = new Set(['clientId', 'date', 'amountCents', 'method', 'reference', 'allocation'])

interface PaymentFormProps {
  today: IsoDate
  /** Entered from a client's file: that client, already chosen. */
  client?: PickedClient
  onSaved(notice: string): void
  onCancel(): void
}

/** The line's amount, or why it cannot be used. */
function lineProblem(reading: EuroReading, balanceCents: number): string | null {
  if (reading.status === 'unreadable') return t.unreadableLine
  if (reading.status === 'ok' && reading.cents < 0) return t.negativeLine
  if (reading.status === 'ok' && reading.cents > balanceCents) return t.lineOverBalance(formatEuros(balanceCents))
  return null
}

/**
 * Records a payment and how it settles the client's open invoices. The core proposes the
 * allocation (oldest due first); the accountant edits the lines, and what is not allocated
 * stays a credit of the client. The lines are saved as typed (explicit allocation).
 */
export function PaymentForm({ today, client: preset, onSaved, onCancel }: PaymentFormProps) {
  const [client, setClient] = useState<PickedClient | null>(preset ?? null)
  const [date, setDate] = useState<IsoDate | ''>(today)
  const [dateIncomplete, setDateIncomplete] = useState(false)
  const [amount, setAmount] = useState('')
  const [method, setMethod] = useState<PaymentMethod>('virement')
  const [reference, setReference] = useState('')
  /** Typed amount per invoice id. */
  const [lines, setLines] = useState<Record<number, string>>({})
  /** Once the accountant has typed in a line, a new amount no longer replaces their allocation. */
  const [edited, setEdited] = useState(false)
  const [errors, setErrors] = useState<Errors>({})
  const [summary, setSummary] = useState<string | null>(null)
  const form = useRef<HTMLFormElement>(null)
  const showFirstError = useFocusFirstError(form)
  const record = useMutation('payments.record')

  const amountReading = readEuros(amount)
  const amountCents = amountReading.status === 'ok' && amountReading.cents > 0 ? amountReading.cents : null
  const clientId = client?.id ?? null

  const openInvoices = useQuery('invoices.list', clientId === null ? null : { clientId, filter: 'open', sort: 'dueDate', limit: OPEN_LIMIT })
  /** The client's open invoices, oldest due first; null while not loaded (or still the previous client's). */
  const open = openInvoices.fresh ? (openInvoices.data ?? null) : null

  useEffect(() => {
    setLines({})
    setEdited(false)
  }, [clientId])

  // The core's allocation for the amount once typed; asked no more once the accountant edits a line
  // (a proposal still on its way is then dropped, as is one for a previous client or amount).
  const proposedFor = useSettled(amountCents, TYPING_DELAY_MS)
  const proposal = useQuery(
    'payments.proposeAllocation',
    clientId === null || edited || proposedFor === null ? null : { clientId, amountCents: proposedFor },
  )
  useEffect(() => {
    if (proposal.data) setLines(Object.fromEntries(proposal.data.allocations.map((line) => [line.invoiceId, centsToEuroInput(line.amountCents)])))
  }, [proposal.data])
  useEffect(() => {
    if (proposedFor === null && !edited) setLines({})
  }, [proposedFor, edited])
  const loadError = openInvoices.error ?? proposal.error

  const rows = open?.rows ?? []
  const readings = new Map(rows.map((row) => [row.id, readEuros(lines[row.id] ?? '')]))
  const problems = new Map(rows.map((row) => [row.id, lineProblem(readings.get(row.id) ?? { status: 'empty' }, row.balanceCents)]))
  const chosen = rows.flatMap((row) => {
    const reading = readings.get(row.id)
    return reading?.status === 'ok' && reading.cents > 0 ? [{ invoiceId: row.id, amountCents: reading.cents, number: row.number }] : []
  })
  const allocated = chosen.reduce((sum, line) => sum + line.amountCents, 0)
  const overAllocated = amountCents !== null && allocated > amountCents
  const creditCents = amountCents === null ? 0 : Math.max(0, amountCents - allocated)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const local: Errors = {}
    if (!client) local.clientId = t.chooseClient
    if (dateIncomplete) local.date = t.incompleteDate
    if (amountReading.status === 'unreadable') local.amountCents = t.unreadableAmount
    if (overAllocated && amountCents !== null) local.allocation = t.overAllocated(formatEuros(allocated), formatEuros(amountCents))
    const badLines = [...problems.values()].some(Boolean)
    if (Object.keys(local).length > 0 || badLines || !client) {
      setErrors(local)
      setSummary(fr.errors.formHasErrors)
      showFirstError()
      return
    }
    // Left out when empty: the contract then says the amount is required, in its words, before any call.
    const sentCents = amountReading.status === 'ok' ? amountReading.cents : undefined
    const result = await record.runDraft({
      clientId: client.id,
      date,
      amountCents: sentCents,
      method,
      reference,
      allocation: chosen.length > 0 ? chosen.map(({ invoiceId, amountCents: cents }) => ({ invoiceId, amountCents: cents })) : 'none',
    })
    if (result.ok) {
      const numbers = new Map(rows.map((row) => [row.id, row.number]))
      const settled = result.data.allocations.map((line) => numbers.get(line.invoiceId) ?? `#${line.invoiceId}`)
      const credit = result.data.unallocatedCents > 0 ? formatEuros(result.data.unallocatedCents) : null
      // What was recorded is what it settled plus what it left as a credit.
      const recordedCents = result.data.allocations.reduce((sum, line) => sum + line.amountCents, result.data.unallocatedCents)
      onSaved(t.recorded(formatEuros(recordedCents), settled, credit))
      return
    }
    // Allocation lines are checked as a whole by the core: "allocation.0.amountCents" lands on the allocation.
    const fields = Object.fromEntries(
      Object.entries(result.error.details?.fields ?? {}).map(([path, message]) => [path.startsWith('allocation') ? 'allocation' : path, message]),
    )
    setErrors(fields)
    // A refusal on a field this form does not show would be invisible under "check the fields": say it whole.
    const shown = Object.keys(fields).length > 0 && Object.keys(fields).every((path) => SHOWN_FIELDS.has(path))
    setSummary(shown ? fr.errors.formHasErrors : result.error.message)
    showFirstError()
  }

  const figures = client ? t.clientFigures(formatEuros(client.balanceCents), formatEuros(client.overdueCents), client.creditCents > 0 ? formatEuros(client.creditCents) : null) : undefined

  return (
    <form ref={form} className="panel form payment-form" onSubmit={submit} noValidate aria-label={t.title}>
      <h2>{t.title}</h2>
      {summary || loadError ? <p className="form-summary" role="alert">{summary ?? loadError?.message}</p> : null}
      <fieldset>
        <legend>{t.payment}</legend>
        <Field id="payment-client" label={t.client} error={errors.clientId} required span={2} {...(figures ? { hint: figures } : {})}>
          {(props) => (
            <ClientPicker
              inputProps={props}
              value={client}
              autoFocus={preset === undefined}
              onChange={(picked) => {
                setClient(picked)
                setSummary(null)
                if (picked) setErrors(({ clientId: _cleared, ...rest }) => rest)
              }}
            />
          )}
        </Field>
        <Field id="payment-date" label={t.date} error={errors.date} required>
          {(props) => (
            <input
              {...props}
              type="date"
              name="date"
              value={date}
              onChange={(event) => {
                setDate(event.target.value)
                setDateIncomplete(event.target.validity.badInput)
              }}
            />
          )}
        </Field>
        <Field id="payment-amount" label={t.amount} error={errors.amountCents} required hint={t.amountHint}>
          {(props) => (
            <input {...props} name="amount" inputMode="decimal" className="num" autoFocus={preset !== undefined} value={amount} onChange={(event) => setAmount(event.target.value)} />
          )}
        </Field>
        <Field id="payment-method" label={t.method} error={errors.method} required>
          {(props) => (
            <select {...props} name="method" value={method} onChange={(event) => setMethod(event.target.value as PaymentMethod)}>
              {PAYMENT_METHODS.map((id) => (
                <option key={id} value={id}>{fr.paymentMethods[id]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="payment-reference" label={t.reference} error={errors.reference} hint={t.referenceHint} span={2}>
          {(props) => <input {...props} name="reference" value={reference} onChange={(event) => setReference(event.target.value)} />}
        </Field>
      </fieldset>

      <section className="allocation" aria-label={t.allocation}>
        <div className="allocation-header">
          <h3>{t.allocation}</h3>
          {rows.length > 0 ? (
            <div className="actions">
              <button
                type="button"
                className="secondary small"
                disabled={clientId === null || amountCents === null}
                onClick={() => {
                  if (edited) setEdited(false)
                  else proposal.reload()
                }}
              >
                {t.oldestFirst}
              </button>
              <button
                type="button"
                className="secondary small"
                onClick={() => {
                  setEdited(true)
                  setLines({})
                }}
              >
                {t.clearAll}
              </button>
            </div>
          ) : null}
        </div>
        {errors.allocation ? <p className="form-summary" role="alert">{errors.allocation}</p> : null}
        {client === null ? (
          <p className="muted">{t.waiting}</p>
        ) : open === null ? (
          <p className="muted">{t.loading}</p>
        ) : rows.length === 0 ? (
          <p className="muted">{t.noOpenInvoices}</p>
        ) : (
          <>
            <p className="muted">{t.allocationIntro}</p>
            <div className="allocation-scroll">
              <table className="grid allocation-table" aria-label={t.openInvoices}>
                <colgroup>
                  <col />
                  <col className="col-date" />
                  <col className="col-date" />
                  <col className="col-amount" />
                  <col className="col-input" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">{t.columns.number}</th>
                    <th scope="col">{t.columns.issueDate}</th>
                    <th scope="col">{t.columns.dueDate}</th>
                    <th scope="col" className="num">{t.columns.balance}</th>
                    <th scope="col" className="num">{t.columns.allocated}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    const problem = problems.get(row.id)
                    return (
                      <tr key={row.id} className={lines[row.id] ? 'allocated' : undefined}>
                        <td className="code">{row.number}</td>
                        <td className="date">{formatFrenchDate(row.issueDate)}</td>
                        <td className={`date${row.state === 'overdue' ? ' overdue' : ''}`}>{formatFrenchDate(row.dueDate)}</td>
                        <td className="num">{formatEuros(row.balanceCents)}</td>
                        <td className={`num line-input${problem ? ' invalid' : ''}`}>
                          <input
                            aria-label={t.allocatedTo(row.number)}
                            inputMode="decimal"
                            className="num"
                            value={lines[row.id] ?? ''}
                            aria-invalid={Boolean(problem)}
                            aria-describedby={problem ? `line-${row.id}-error` : undefined}
                            onChange={(event) => {
                              setEdited(true)
                              setLines((current) => ({ ...current, [row.id]: event.target.value }))
                            }}
                          />
                          {problem ? <p className="field-error" id={`line-${row.id}-error`}>{problem}</p> : null}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
            {open !== null && open.total > rows.length ? <p className="muted">{t.truncated(rows.length)}</p> : null}
          </>
        )}
        {client !== null && amountCents !== null ? (
          <div className="allocation-totals">
            <div role="list" aria-label={t.totals}>
              <div role="listitem"><span>{t.paymentAmount}</span> <strong>{formatEuros(amountCents)}</strong></div>
              <div role="listitem"><span>{t.total}</span> <strong>{formatEuros(allocated)}</strong></div>
              <div role="listitem" className={overAllocated ? 'over' : 'credit'}>
                <span>{t.credit}</span> <strong>{formatEuros(creditCents)}</strong>
              </div>
            </div>
            {overAllocated ? <p className="error-text" role="alert">{t.overAllocated(formatEuros(allocated), formatEuros(amountCents))}</p> : null}
          </div>
        ) : null}
      </section>

      <div className="form-actions">
        <button type="button" className="secondary" onClick={onCancel}>{fr.common.cancel}</button>
        <button type="submit" disabled={record.pending}>{record.pending ? fr.common.saving : t.save}</button>
      </div>
    </form>
  )
}
