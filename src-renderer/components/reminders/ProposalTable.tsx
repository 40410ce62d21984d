import { useState } from 'react'
import type { ProposalView } from '../../../src-shared/contract/dunning'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { useNavigation } from '../../stores/navigation'
import { useReminders } from '../../stores/reminders'
import { PostponeDialog } from './PostponeDialog'
import { SkipDialog } from './SkipDialog'
// Échéanciers (#13)
import { PlanEditor } from '../plans/PlanEditor'
import { useDossier } from '../../stores/dossier'

const t = fr.reminders

/** Up to this many invoice numbers are written out; the rest are counted. */
const SHOWN_NUMBERS = 3

interface ProposalTableProps {
  label: string
  rows: ProposalView[]
}

/** One page of the day's proposals of a channel: select, change the step, validate, postpone or skip. */
export function ProposalTable({ label, rows }: ProposalTableProps) {
  const { selected, steps, busy, toggle, selectPage, chooseStep, validate } = useReminders()
  const go = useNavigation((state) => state.go)
  const [postponing, setPostponing] = useState<ProposalView | null>(null)
  const [skipping, setSkipping] = useState<ProposalView | null>(null)
  const [planning, setPlanning] = useState<ProposalView | null>(null)
  const today = useDossier((state) => state.info?.today)
  const ids = rows.map((row) => row.clientId)
  const allSelected = ids.length > 0 && ids.every((id) => selected.has(id))

  return (
    <>
      <table className="grid proposals" aria-label={label}>
        <thead>
          <tr>
            <th className="check">
              <input type="checkbox" aria-label={t.selectAll} checked={allSelected} onChange={(event) => selectPage(ids, event.target.checked)} />
            </th>
            <th className="col-client">{t.columns.client}</th>
            <th className="col-invoices">{t.columns.invoices}</th>
            <th className="num col-amount">{t.columns.amount}</th>
            <th className="num col-penalties">{t.columns.penalties}</th>
            <th>{t.columns.step}</th>
            <th className="col-contact">{t.columns.lastContact}</th>
            <th className="col-actions">{t.columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const numbers = row.invoices.map((invoice) => invoice.number)
            const mostLate = Math.max(...row.invoices.map((invoice) => invoice.daysLate))
            const step = steps.get(row.clientId) ?? row.step.position
            return (
              <tr key={row.clientId} className={selected.has(row.clientId) ? 'selected' : undefined}>
                <td className="check">
                  <input type="checkbox" aria-label={t.selectOne(row.clientName)} checked={selected.has(row.clientId)} onChange={() => toggle(row.clientId)} />
                </td>
                <td className="client-cell">
                  <a
                    href={`#/clients/${row.clientId}`}
                    onClick={(event) => {
                      event.preventDefault()
                      go('clients', row.clientId)
                    }}
                  >
                    {row.clientName}
                  </a>
                  <div className="code small-text muted">{row.clientCode}</div>
                </td>
                <td title={numbers.join(', ')}>
                  {numbers.slice(0, SHOWN_NUMBERS).join(', ')}
                  {numbers.length > SHOWN_NUMBERS ? ` … (${t.invoiceCount(numbers.length)})` : ''}
                  <div className="muted small-text">{t.daysLate(mostLate)}</div>
                </td>
                <td className="num">{formatEuros(row.amountDueCents)}</td>
                <td className="num">{row.penaltiesCents > 0 ? formatEuros(row.penaltiesCents) : '—'}</td>
                <td>
                  {row.stepChoices.length > 1 ? (
                    <select aria-label={t.stepOf(row.clientName)} value={step} onChange={(event) => chooseStep(row.clientId, Number(event.target.value))}>
                      {row.stepChoices.map((choice) => (
                        <option key={choice.position} value={choice.position}>
                          {choice.label}
                          {choice.required ? ` (${t.required})` : ''}
                        </option>
                      ))}
                    </select>
                  ) : (
                    row.step.label
                  )}
                  {row.attempt > 1 ? <div className="muted small-text">{t.attempt(row.attempt)}</div> : null}
                </td>
                <td>{row.lastContact ? formatFrenchDate(row.lastContact) : <span className="muted">{t.never}</span>}</td>
                <td className="row-actions">
                  <button type="button" className="small" disabled={busy} aria-label={t.validateOne(row.clientName)} onClick={() => void validate([row.clientId])}>
                    {t.validate}
                  </button>
                  <button type="button" className="secondary small" aria-label={t.postponeOne(row.clientName)} onClick={() => setPostponing(row)}>
                    {t.postpone}
                  </button>
                  {row.step.required ? null : (
                    <button type="button" className="secondary small" aria-label={t.skipOne(row.clientName)} onClick={() => setSkipping(row)}>
                      {t.skip}
                    </button>
                  )}
                  <button type="button" className="secondary small" aria-label={fr.plans.reminders.proposeFor(row.clientName)} onClick={() => setPlanning(row)}>
                    {fr.plans.reminders.propose}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {postponing ? <PostponeDialog proposal={postponing} onClose={() => setPostponing(null)} /> : null}
      {skipping ? <SkipDialog proposal={skipping} onClose={() => setSkipping(null)} /> : null}
      {planning && today ? (
        <PlanEditor
          clientId={planning.clientId}
          clientName={planning.clientName}
          today={today}
          onClose={() => setPlanning(null)}
          onSaved={(id) => go('plans', id)}
        />
      ) : null}
    </>
  )
}
