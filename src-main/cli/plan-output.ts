import { PENALTY_CHOICE_LABELS, type PlanScheduleView } from '../../src-shared/contract/plans'
import { formatFrenchDate } from '../../src-shared/dates'
import { centsToDecimalString, formatEuros } from '../../src-shared/money'

/**
 * What `encaisse plan preview` prints. With --json, the documented shape (README,
 * « Échéanciers en ligne de commande »): amounts as decimal strings, the down payment
 * apart from the instalments.
 */
export function planPreviewJson(view: PlanScheduleView) {
  return {
    client: view.clientCode,
    covered: centsToDecimalString(view.coveredCents),
    downPayment: centsToDecimalString(view.downPaymentCents),
    instalments: view.rows
      .filter((row) => row.sequence > 0)
      .map((row) => ({ date: row.date, amount: centsToDecimalString(row.amountCents), remaining: centsToDecimalString(row.remainingCents) })),
  }
}

export function planPreviewText(view: PlanScheduleView): string {
  const lines = [
    `Échéancier pour ${view.clientName} (${view.clientCode}) au ${formatFrenchDate(view.asOf)}`,
    `Factures : ${view.invoices.map((invoice) => `${invoice.number} (${formatEuros(invoice.balanceCents)})`).join(', ')}`,
    `Pénalités au ${formatFrenchDate(view.asOf)} : ${formatEuros(view.interestCents + view.indemnityCents)}, ${PENALTY_CHOICE_LABELS[view.penalties]}`,
    `Montant couvert : ${formatEuros(view.coveredCents)}`,
    '',
    `${'N°'.padEnd(8)}${'Date'.padEnd(12)}${'Montant'.padStart(16)}${'Reste dû'.padStart(16)}`,
  ]
  for (const row of view.rows) {
    const name = row.sequence === 0 ? 'Acompte' : String(row.sequence)
    lines.push(`${name.padEnd(8)}${formatFrenchDate(row.date).padEnd(12)}${formatEuros(row.amountCents).padStart(16)}${formatEuros(row.remainingCents).padStart(16)}`)
  }
  lines.push(`${'Total'.padEnd(20)}${formatEuros(view.rows.reduce((sum, row) => sum + row.amountCents, 0)).padStart(16)}`)
  for (const warning of view.warnings) lines.push(`Attention : ${warning.message}`)
  return lines.join('\n')
}
