import { Fragment, useEffect, useRef, useState } from 'react'
import type { PlanScheduleView, PlanWarning, ScheduleRow } from '../../../src-shared/contract/plans'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { centsToEuroInput, readEuros } from '../../euro-input'
import { fr } from '../../i18n/fr'

const t = fr.plans.editor

interface ScheduleEditorProps {
  schedule: PlanScheduleView
  /** A newer schedule is being computed: the rows shown are the previous terms'. */
  stale: boolean
  onDate(sequence: number, date: string): void
  onAmount(sequence: number, cents: number): void
}

/**
 * The schedule as the core computed it, each row's date and amount editable in place; the
 * rows after an edited amount rebalance, so the total row always equals what the plan covers.
 */
export function ScheduleEditor({ schedule, stale, onDate, onAmount }: ScheduleEditorProps) {
  const sum = schedule.rows.reduce((total, row) => total + row.amountCents, 0)
  const warningsOf = (sequence: number) => schedule.warnings.filter((warning) => warning.sequence === sequence)
  return (
    // The rows scroll under their header and the total row, which stay in sight with the save button.
    <div className="plan-schedule-scroll">
      <table className={`grid plan-schedule${stale ? ' stale' : ''}`} aria-label={t.scheduleTable} aria-busy={stale}>
        <thead>
          <tr>
            <th className="num">{fr.plans.detail.columns.sequence}</th>
            <th>{fr.plans.detail.columns.date}</th>
            <th className="num">{fr.plans.detail.columns.amount}</th>
            <th className="num">{fr.plans.detail.columns.remainingAfter}</th>
            <th>
              <span className="visually-hidden">{t.rowState}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {schedule.rows.map((row) => {
            const warnings = warningsOf(row.sequence)
            return (
              <Fragment key={row.sequence}>
                <tr className={`${row.edited ? 'edited' : ''}${warnings.length > 0 ? ' has-warnings' : ''}`}>
                  <td className="num">{row.sequence === 0 ? fr.plans.detail.downPaymentRow : row.sequence}</td>
                  <td>
                    {row.sequence === 0 ? (
                      <span>{formatFrenchDate(row.date)}</span>
                    ) : (
                      <input
                        type="date"
                        aria-label={t.rowDate(row.sequence)}
                        value={row.date}
                        onChange={(event) => event.target.value && onDate(row.sequence, event.target.value)}
                      />
                    )}
                  </td>
                  <td className="num">{row.sequence === 0 ? formatEuros(row.amountCents) : <RowAmount row={row} onAmount={onAmount} />}</td>
                  <td className="num">{formatEuros(row.remainingCents)}</td>
                  <td>{row.edited ? <span className="state-badge plan-edited">{t.edited}</span> : null}</td>
                </tr>
                {warnings.length > 0 ? (
                  <tr className="row-warnings">
                    <td colSpan={5}>
                      <PlanWarnings warnings={warnings} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={2}>{t.total}</th>
            <th className="num" title={t.totalCheck(formatEuros(sum), formatEuros(schedule.coveredCents))}>
              {formatEuros(sum)}
            </th>
            <th />
            <th />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

/** An amount typed the French way; sent as soon as it reads as an amount, kept as typed meanwhile. */
function RowAmount({ row, onAmount }: { row: ScheduleRow; onAmount(sequence: number, cents: number): void }) {
  const [text, setText] = useState(centsToEuroInput(row.amountCents))
  const input = useRef<HTMLInputElement>(null)
  // A rebalanced row shows its new amount, but never under the user's fingers.
  useEffect(() => {
    if (document.activeElement !== input.current) setText(centsToEuroInput(row.amountCents))
  }, [row.amountCents])
  const reading = readEuros(text)
  const invalid = reading.status !== 'ok' || reading.cents <= 0
  return (
    <input
      ref={input}
      className="num plan-amount"
      inputMode="decimal"
      aria-label={t.rowAmount(row.sequence)}
      aria-invalid={invalid}
      title={invalid ? t.unreadable : undefined}
      value={text}
      onBlur={() => setText(centsToEuroInput(row.amountCents))}
      onChange={(event) => {
        setText(event.target.value)
        const next = readEuros(event.target.value)
        if (next.status === 'ok' && next.cents > 0 && next.cents !== row.amountCents) onAmount(row.sequence, next.cents)
      }}
    />
  )
}

/** The editor's warnings (the core's words), beside the row they concern or above the schedule. */
export function PlanWarnings({ warnings }: { warnings: PlanWarning[] }) {
  if (warnings.length === 0) return null
  return (
    <ul className="plan-warnings">
      {warnings.map((warning) => (
        <li key={`${warning.code}:${warning.sequence ?? ''}`} role="note">
          {warning.message}
        </li>
      ))}
    </ul>
  )
}

