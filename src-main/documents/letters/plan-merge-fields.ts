import { formatFrenchLongDate } from '../../../src-shared/long-date'
import { formatEuros } from '../../../src-shared/money'
import type { LetterData, LetterPlan } from './letter-data'
import type { MergeField } from './merge-fields'

/**
 * The merge fields of a payment plan: its agreement (what it covers, how the penalties are
 * treated, the down payment, the breach clause) and the reminders of its instalments.
 * The sentences are built here rather than in the template because their wording depends
 * on the amounts (no penalty, no indemnity, no down payment) and a letter never prints a blank.
 */

const PLAN = 'un échéancier en cours pour ce client'
const CONCERNED = 'l’échéance concernée (une échéance impayée ou à venir de l’échéancier en cours)'

const days = (n: number) => `${n.toLocaleString('fr-FR')} jour${n > 1 ? 's' : ''}`
const instalmentCount = (plan: LetterPlan) => plan.instalments.filter((row) => row.sequence > 0).length
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** What becomes of the penalties and indemnities accrued on the plan's date, with their amounts. */
export function penaltySentence(plan: LetterPlan): string {
  const claim = plan.interestCents + plan.indemnityCents
  const on = formatFrenchLongDate(plan.proposedOn)
  if (claim === 0) return `Aucune pénalité de retard ni indemnité forfaitaire n’est réclamée au ${on}.`
  const what =
    plan.indemnityCents > 0 && plan.interestCents > 0
      ? `les pénalités de retard (${formatEuros(plan.interestCents)}) et les indemnités forfaitaires pour frais de recouvrement (${formatEuros(plan.indemnityCents)}) acquises au ${on}, soit ${formatEuros(claim)},`
      : plan.indemnityCents > 0
        ? `les indemnités forfaitaires pour frais de recouvrement acquises au ${on}, soit ${formatEuros(claim)},`
        : `les pénalités de retard acquises au ${on}, soit ${formatEuros(claim)},`
  switch (plan.penalties) {
    case 'include':
      return `${capitalised(what)} sont incluses dans l’échéancier.`
    case 'waive':
      return `${capitalised(what)} ne vous sont pas réclamées : nous y renonçons si l’échéancier est intégralement respecté ; elles redeviendront exigibles s’il est rompu.`
    case 'freeze':
      return `${capitalised(what)} restent dues en dehors de l’échéancier ; elles sont gelées : elles n’augmentent plus tant que l’échéancier est respecté.`
  }
}

/** The down payment, when there is one, and how the rest is paid. */
export function downPaymentSentence(plan: LetterPlan): string {
  const count = instalmentCount(plan)
  const instalments = `${count.toLocaleString('fr-FR')} échéance${count > 1 ? 's' : ''}`
  const down = plan.instalments.find((row) => row.sequence === 0)
  if (!down || plan.downPaymentCents === 0) return `Cette somme est réglée en ${instalments}, selon le calendrier ci-dessous :`
  return (
    `Un acompte de ${formatEuros(plan.downPaymentCents)} est à verser le ${formatFrenchLongDate(down.dueDate)} ; ` +
    `le solde, soit ${formatEuros(plan.coveredCents - plan.downPaymentCents)}, est réglé en ${instalments}, selon le calendrier ci-dessous :`
  )
}

const planField = (name: string, label: string, value: (plan: LetterPlan, data: LetterData) => string | null): MergeField => ({
  name,
  label,
  value: (data) => (data.plan ? value(data.plan, data) : null),
  missing: PLAN,
})

const instalmentField = (name: string, label: string, value: (concerned: NonNullable<LetterPlan['concerned']>) => string): MergeField => ({
  name,
  label,
  value: (data) => (data.plan?.concerned ? value(data.plan.concerned) : null),
  missing: CONCERNED,
})

export const PLAN_MERGE_FIELDS: MergeField[] = [
  planField('echeancier.date_accord', 'Date de l’accord du client (de la proposition tant qu’il n’a pas accepté)', (plan) =>
    formatFrenchLongDate(plan.acceptedOn ?? plan.proposedOn),
  ),
  planField('echeancier.date_proposition', 'Date de l’échéancier (les montants sont arrêtés à cette date)', (plan) => formatFrenchLongDate(plan.proposedOn)),
  planField('echeancier.total', 'Montant total couvert par l’échéancier, acompte compris', (plan) => formatEuros(plan.coveredCents)),
  planField('echeancier.principal', 'Principal restant dû sur les factures de l’échéancier', (plan) => formatEuros(plan.principalCents)),
  planField('echeancier.penalites', 'Pénalités et indemnités acquises à la date de l’échéancier', (plan) => formatEuros(plan.interestCents + plan.indemnityCents)),
  planField('echeancier.nombre_echeances', 'Nombre d’échéances (hors acompte)', (plan) => String(instalmentCount(plan))),
  planField('echeancier.phrase_penalites', 'Phrase : pénalités incluses, abandonnées ou gelées, avec leurs montants', (plan) => penaltySentence(plan)),
  planField('echeancier.phrase_acompte', 'Phrase : l’acompte éventuel et le nombre d’échéances', (plan) => downPaymentSentence(plan)),
  planField('echeancier.delai_grace', 'Délai de grâce après une échéance impayée (« 5 jours »)', (plan) => days(plan.graceDays)),
  planField('echeancier.delai_rupture', 'Délai après lequel une échéance impayée rompt l’échéancier (« 20 jours »)', (plan) =>
    days(plan.graceDays + plan.breakDays),
  ),
  instalmentField('echeance.numero', 'Numéro de l’échéance concernée', (due) => (due.sequence === 0 ? 'acompte' : String(due.sequence))),
  instalmentField('echeance.date', 'Date de l’échéance concernée', (due) => formatFrenchLongDate(due.dueDate)),
  instalmentField('echeance.montant', 'Montant de l’échéance concernée', (due) => formatEuros(due.amountCents)),
  instalmentField('echeance.reste_du', 'Ce qui reste dû sur l’échéance concernée', (due) => formatEuros(due.amountDueCents)),
]
