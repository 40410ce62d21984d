import { useState } from 'react'
import { PLAN_FREQUENCY_LABELS, PENALTY_CHOICE_LABELS, type PlanDetail } from '../../src-shared/contract/plans'
import { formatFrenchDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { AcceptDialog, CancelDialog } from '../components/plans/PlanDecisionDialogs'
import { InstalmentTable } from '../components/plans/InstalmentTable'
import { PlanEditor } from '../components/plans/PlanEditor'
import { PlanStatusBadge } from '../components/plans/PlanStatusBadge'
import { downloadFile } from '../download-file'
import { fr } from '../i18n/fr'
import { useDossier } from '../stores/dossier'
import { useNavigation } from '../stores/navigation'
import { useMutation, useQuery } from '../use-channel'
import '../components/plans/plans.css'

const t = fr.plans.detail

/** One plan: its schedule with each instalment's state and the payments applied, its history, and what can be done with it. */
export function PlanPage({ planId }: { planId: number }) {
  const [version, setVersion] = useState(0)
  const plan = useQuery('plans.get', { planId }, version)
  const today = useDossier((state) => state.info?.today)
  const go = useNavigation((state) => state.go)
  const [dialog, setDialog] = useState<'accept' | 'cancel' | 'renegotiate' | null>(null)
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const agreement = useMutation('plans.agreementPdf')
  const printing = agreement.pending

  const back = (
    <a href="#/plans" className="back" onClick={(event) => { event.preventDefault(); go('plans') }}>
      {t.back}
    </a>
  )
  if (plan.error && !plan.data) return <>{back}<p className="error-text" role="alert">{plan.error.message}</p></>
  const detail = plan.data
  if (!detail || detail.id !== planId) return <>{back}<p className="muted">{fr.common.loading}</p></>

  const changed = (text: string) => {
    setDialog(null)
    setNotice({ ok: true, text })
    setVersion((v) => v + 1)
  }

  async function print() {
    const result = await agreement.run({ planId })
    if (!result.ok) return setNotice({ ok: false, text: result.error.message })
    downloadFile(result.data)
    setNotice({ ok: true, text: t.printed(result.data.fileName) })
  }

  const open = detail.status === 'proposed' || detail.status === 'active' || detail.status === 'broken'
  return (
    <section className="plan-file">
      {back}
      <div className="page-header">
        <div>
          <h1>
            {t.title(detail.clientName)} <PlanStatusBadge status={detail.status} />
          </h1>
          <p className="muted">
            <a href={`#/clients/${detail.clientId}`} className="code" onClick={(event) => { event.preventDefault(); go('clients', detail.clientId) }}>
              {detail.clientCode}
            </a>
            {' · '}
            {t.proposedOn(formatFrenchDate(detail.proposedOn))}
            {detail.acceptedOn ? ` · ${t.acceptedOn(formatFrenchDate(detail.acceptedOn))}` : ''}
            {detail.brokenOn ? ` · ${t.brokenOn(formatFrenchDate(detail.brokenOn))}` : ''}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="secondary" disabled={printing} onClick={() => void print()}>
            {printing ? t.printing : t.print}
          </button>
          {detail.status === 'proposed' ? <button type="button" onClick={() => setDialog('accept')}>{t.accept}</button> : null}
          {detail.status === 'active' || detail.status === 'broken' ? (
            <button type="button" className="secondary" onClick={() => setDialog('renegotiate')}>{t.renegotiate}</button>
          ) : null}
          {open ? <button type="button" className="secondary" onClick={() => setDialog('cancel')}>{t.cancel}</button> : null}
        </div>
      </div>
      {notice ? <p className={notice.ok ? 'notice' : 'form-summary'} role={notice.ok ? 'status' : 'alert'}>{notice.text}</p> : null}

      <div className="kpis" role="list" aria-label={t.figures}>
        <div className="kpi" role="listitem"><span>{t.covered}</span><strong>{formatEuros(detail.coveredCents)}</strong></div>
        <div className="kpi" role="listitem"><span>{t.paid}</span><strong>{formatEuros(detail.paidCents)}</strong></div>
        <div className="kpi" role="listitem"><span>{t.remaining}</span><strong>{formatEuros(detail.remainingCents)}</strong></div>
        <div className={`kpi${detail.lateCount > 0 ? ' danger' : ''}`} role="listitem"><span>{t.late}</span><strong>{formatEuros(detail.lateCents)}</strong></div>
      </div>

      <div className="plan-columns">
        <section className="panel" aria-label={t.schedule}>
          <h2>{t.schedule}</h2>
          <InstalmentTable plan={detail} />
        </section>
        <div>
          <PlanTerms plan={detail} onOpen={(id) => go('plans', id)} />
          <section className="panel" aria-label={t.events}>
            <h2>{t.events}</h2>
            <ol className="plan-events">
              {detail.events.map((event, index) => (
                <li key={`${event.on}:${index}`}>
                  <time dateTime={event.on}>{formatFrenchDate(event.on)}</time>
                  {event.text}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>

      <section className="panel" aria-label={t.invoices}>
        <h2>{t.invoices}</h2>
        <table className="grid" aria-label={t.invoicesTable}>
          <thead>
            <tr>
              <th>{t.invoiceColumns.number}</th>
              <th>{t.invoiceColumns.dueDate}</th>
              <th className="num">{t.invoiceColumns.balance}</th>
              <th className="num">{t.invoiceColumns.daysLate}</th>
            </tr>
          </thead>
          <tbody>
            {detail.invoices.map((invoice) => (
              <tr key={invoice.invoiceId}>
                <td className="code">{invoice.number}</td>
                <td>{formatFrenchDate(invoice.dueDate)}</td>
                <td className="num">{formatEuros(invoice.balanceCents)}</td>
                <td className="num">{t.days(invoice.daysLate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {dialog === 'accept' && today ? <AcceptDialog plan={detail} today={today} onClose={() => setDialog(null)} onDone={() => changed(t.accepted)} /> : null}
      {dialog === 'cancel' ? <CancelDialog plan={detail} onClose={() => setDialog(null)} onDone={() => changed(t.cancelled)} /> : null}
      {dialog === 'renegotiate' && today ? (
        <PlanEditor
          clientId={detail.clientId}
          clientName={detail.clientName}
          today={today}
          replaces={detail}
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            setDialog(null)
            go('plans', id)
          }}
        />
      ) : null}
    </section>
  )
}

function PlanTerms({ plan, onOpen }: { plan: PlanDetail; onOpen(id: number): void }) {
  const link = (id: number) => (
    <a href={`#/plans/${id}`} onClick={(event) => { event.preventDefault(); onOpen(id) }}>{t.openPlan(id)}</a>
  )
  return (
    <section className="panel plan-terms" aria-label={t.terms}>
      <h2>{t.terms}</h2>
      <dl>
        <dt>{t.principal}</dt><dd>{formatEuros(plan.principalCents)}</dd>
        <dt>{t.interest}</dt><dd>{formatEuros(plan.interestCents)}</dd>
        <dt>{t.indemnities}</dt><dd>{formatEuros(plan.indemnityCents)}</dd>
        <dt>{t.penalties}</dt><dd>{PENALTY_CHOICE_LABELS[plan.penalties]}</dd>
        {plan.frozenClaimCents > 0 ? <><dt>{t.frozenClaim}</dt><dd>{formatEuros(plan.frozenClaimCents)}</dd></> : null}
        {plan.downPaymentCents > 0 ? <><dt>{t.downPayment}</dt><dd>{formatEuros(plan.downPaymentCents)}</dd></> : null}
        <dt>{t.frequency}</dt><dd>{PLAN_FREQUENCY_LABELS[plan.frequency]}</dd>
        {plan.replacesPlanId !== null ? <><dt>{t.replaces}</dt><dd>{link(plan.replacesPlanId)}</dd></> : null}
        {plan.replacedByPlanId !== null ? <><dt>{t.replacedBy}</dt><dd>{link(plan.replacedByPlanId)}</dd></> : null}
        {plan.note ? <><dt>{t.note}</dt><dd>{plan.note}</dd></> : null}
        {plan.cancelReason ? <><dt>{t.cancelReason}</dt><dd>{plan.cancelReason}</dd></> : null}
      </dl>
    </section>
  )
}
