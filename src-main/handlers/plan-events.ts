import { PENALTY_CHOICE_LABELS, type PlanEvent } from '../../src-shared/contract/plans'
import { REMINDER_CHANNEL_LABELS, type ReminderChannel } from '../../src-shared/contract/dunning'
import { formatFrenchDate, type IsoDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import type { Db } from '../data/open-dossier'
import { planPaymentsOf, planReminderActions } from '../data/queries/payment-plans'
import type { PlanOnDate } from '../data/queries/plans-on-date'

/** A plan's history on the as-of date, oldest first: decisions, payments applied, reminders, breach or completion. */
export function planEvents(db: Db, { stored, tracked }: PlanOnDate, asOf: IsoDate): PlanEvent[] {
  const count = stored.instalments.filter((r) => r.sequence > 0).length
  const events: PlanEvent[] = [
    {
      on: stored.proposedOn,
      text: `Échéancier proposé : ${formatEuros(stored.coveredCents)} en ${count} ${count > 1 ? 'échéances' : 'échéance'}${stored.downPaymentCents > 0 ? ` après un acompte de ${formatEuros(stored.downPaymentCents)}` : ''}, pénalités ${PENALTY_CHOICE_LABELS[stored.penalties]}.`,
    },
  ]
  if (stored.acceptedOn) events.push({ on: stored.acceptedOn, text: 'Échéancier accepté par le client : il remplace les relances tant qu’il est respecté.' })
  for (const payment of planPaymentsOf(db, [stored.clientId]).get(stored.clientId) ?? []) {
    if (payment.date >= stored.proposedOn && payment.date <= asOf) events.push({ on: payment.date, text: `Règlement de ${formatEuros(payment.amountCents)} affecté aux échéances.` })
  }
  for (const instalment of tracked.instalments) {
    if (instalment.paidOn) events.push({ on: instalment.paidOn, text: `${instalment.sequence === 0 ? 'Acompte' : `Échéance n° ${instalment.sequence}`} du ${formatFrenchDate(instalment.date)} réglé${instalment.sequence === 0 ? '' : 'e'} (${formatEuros(instalment.amountCents)}).` })
  }
  for (const action of planReminderActions(db, stored.id)) {
    events.push({ on: action.plannedOn, text: `${action.stepLabel} (${REMINDER_CHANNEL_LABELS[action.channel as ReminderChannel] ?? action.channel}).` })
  }
  if (tracked.status === 'broken' && tracked.brokenOn) {
    events.push({ on: tracked.brokenOn, text: `Échéancier rompu : ${formatEuros(tracked.remainingCents)} deviennent exigibles, les relances reprennent.` })
  }
  if (tracked.status === 'completed' && tracked.completedOn) events.push({ on: tracked.completedOn, text: 'Échéancier soldé : toutes les échéances sont réglées.' })
  if (stored.status === 'cancelled' && stored.cancelledOn) events.push({ on: stored.cancelledOn, text: `Échéancier annulé : ${stored.cancelReason ?? ''}` })
  if (stored.status === 'replaced' && stored.cancelledOn) events.push({ on: stored.cancelledOn, text: 'Échéancier renégocié : remplacé par un nouvel échéancier.' })
  return events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
}
