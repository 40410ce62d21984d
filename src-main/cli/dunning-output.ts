import { REMINDER_CHANNEL_LABELS, type DunningPlanView, type ReminderActionView } from '../../src-shared/contract/dunning'
import { formatFrenchDate } from '../../src-shared/dates'
import { centsToDecimalString, formatEuros } from '../../src-shared/money'

/**
 * What `encaisse dunning plan` prints. With --json, the documented shape (README, « Relances
 * en ligne de commande »): amounts as decimal strings, level 0 for a courtesy step.
 */
export function dunningPlanJson(plan: DunningPlanView) {
  return {
    asOf: plan.asOf,
    actions: plan.proposals.map((p) => ({
      client: p.clientCode,
      name: p.clientName,
      step: p.step.label,
      level: p.step.level,
      channel: p.step.channel,
      invoices: p.invoices.map((i) => i.number),
      amountDue: centsToDecimalString(p.amountDueCents),
      penalties: centsToDecimalString(p.penaltiesCents),
    })),
    skipped: plan.skipped.map((s) => ({ client: s.clientCode, invoice: s.number, reason: s.reason })),
  }
}

export function dunningPlanText(plan: DunningPlanView): string {
  const lines = [`Relances du ${formatFrenchDate(plan.asOf)} : ${plan.proposals.length} proposée(s), ${plan.skipped.length} facture(s) écartée(s).`]
  for (const p of plan.proposals) {
    lines.push(
      `${p.clientCode.padEnd(12)} ${p.clientName.slice(0, 30).padEnd(30)} ${p.step.label} (${REMINDER_CHANNEL_LABELS[p.step.channel]}) ` +
        `${formatEuros(p.amountDueCents)} : ${p.invoices.map((i) => i.number).join(', ')}`,
    )
  }
  return lines.join('\n')
}

/** The stale-data warning, for stderr: reminding a client who has paid is the worst mistake. */
export function staleWarning(plan: DunningPlanView): string | null {
  if (!plan.stale) return null
  return plan.stale.lastUpdate
    ? `Attention : les règlements n'ont pas été mis à jour depuis le ${formatFrenchDate(plan.stale.lastUpdate)}.`
    : "Attention : aucun règlement n'a encore été importé ni saisi dans ce dossier."
}

export function recordedJson(asOf: string, recorded: ReminderActionView[]) {
  return {
    asOf,
    recorded: recorded.map((a) => ({
      id: a.id,
      client: a.clientCode,
      name: a.clientName,
      step: a.stepLabel,
      level: a.level,
      channel: a.channel,
      status: a.status,
      invoices: a.invoiceNumbers,
      amountDue: centsToDecimalString(a.amountDueCents),
    })),
  }
}
