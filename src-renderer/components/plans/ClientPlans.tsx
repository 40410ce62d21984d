import { useState } from 'react'
import type { PlanRow } from '../../../src-shared/contract/plans'
import { formatFrenchDate } from '../../../src-shared/dates'
import { formatEuros } from '../../../src-shared/money'
import { fr } from '../../i18n/fr'
import { useNavigation } from '../../stores/navigation'
import { useQuery } from '../../use-channel'
import { InstalmentTable } from './InstalmentTable'
import { PlanEditor } from './PlanEditor'
import { PlanStatusBadge } from './PlanStatusBadge'
import './plans.css'

const t = fr.plans.clientFile

/** The payment plans in a client's file, each with its schedule, and the way to propose a new one. */
export function ClientPlans({ clientId, clientName, today, version }: { clientId: number; clientName: string; today: string | undefined; version: number }) {
  const list = useQuery('plans.list', { clientId }, version)
  const go = useNavigation((state) => state.go)
  const [proposing, setProposing] = useState(false)
  const rows = list.data?.rows ?? []
  return (
    <section className="panel client-plans" aria-label={t.title}>
      <div className="panel-header">
        <h2>{t.title}</h2>
        {today ? (
          <button type="button" className="secondary" onClick={() => setProposing(true)}>
            {t.propose}
          </button>
        ) : null}
      </div>
      {list.error ? <p className="error-text" role="alert">{list.error.message}</p> : null}
      {list.data && rows.length === 0 ? <p className="muted">{t.none}</p> : null}
      {rows.map((row) => (
        <ClientPlan key={row.id} row={row} version={version} onOpen={() => go('plans', row.id)} />
      ))}
      {proposing && today ? (
        <PlanEditor clientId={clientId} clientName={clientName} today={today} onClose={() => setProposing(false)} onSaved={(id) => go('plans', id)} />
      ) : null}
    </section>
  )
}

/** One plan of the client; the current ones show their schedule at once, older ones on request. */
function ClientPlan({ row, version, onOpen }: { row: PlanRow; version: number; onOpen(): void }) {
  const current = row.status === 'proposed' || row.status === 'active' || row.status === 'broken'
  const [open, setOpen] = useState(current)
  const detail = useQuery('plans.get', open ? { planId: row.id } : null, version)
  return (
    <details className="client-plan" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <PlanStatusBadge status={row.status} /> <strong>{t.planOf(formatFrenchDate(row.proposedOn))}</strong>{' '}
        <span className="muted">
          {t.planLine(formatEuros(row.coveredCents), formatEuros(row.remainingCents))}
          {row.nextDueDate && row.nextAmountCents !== null ? ` · ${t.next(formatFrenchDate(row.nextDueDate), formatEuros(row.nextAmountCents))}` : ''}
        </span>{' '}
        <button type="button" className="secondary small" onClick={onOpen}>
          {t.open}
        </button>
      </summary>
      {detail.data ? <InstalmentTable plan={detail.data} label={fr.plans.detail.scheduleTable} /> : null}
    </details>
  )
}
