import type { RateRow } from '../../src-shared/contract/rates'
import type { ClientStatement } from '../../src-shared/contract/penalties'
import type { ClientPenaltyTerms } from '../data/queries/penalty-cases'
import { halfYearKey, halfYearLabelFr, type HalfYearIndex } from '../domain/penalties'
import { dayOfDate, halfYearOfDay } from '../domain/penalties/calendar'

const percent = (bp: number) => `${(bp / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2 })} %`

/**
 * The legal grounds of a statement, in the words a debtor or a court reads: which rate,
 * from when, on what, and the 40 € indemnity with its amount (a bare reference to D441-5
 * is not enough: legal-fr.md §5).
 */
export function legalBasisLines(terms: ClientPenaltyTerms): string[] {
  const method = 'Intérêts simples sur le montant TTC restant dû, jour par jour, sur une année de 365 jours, le taux changeant à chaque semestre.'
  if (terms.debtor === 'particulier') {
    return [
      'Débiteur non professionnel : intérêts au taux de l’intérêt légal (« autres cas », le créancier étant un professionnel), à compter de la mise en demeure (Code civil, art. 1231-6 et 1344-1 ; Code monétaire et financier, art. L313-2).',
      method,
      'Pas d’indemnité forfaitaire pour frais de recouvrement envers un particulier.',
    ]
  }
  const rate = !terms.ratePolicy
    ? 'Pénalités de retard non réclamées à ce client.'
    : terms.ratePolicy.kind === 'legal'
      ? 'Pénalités de retard exigibles de plein droit dès le lendemain de l’échéance, sans rappel, au taux de refinancement de la Banque centrale européenne en vigueur au 1er janvier ou au 1er juillet, majoré de 10 points (Code de commerce, art. L441-10 II).'
      : terms.ratePolicy.kind === 'fixed'
        ? `Pénalités de retard exigibles de plein droit dès le lendemain de l’échéance, au taux convenu de ${percent(terms.ratePolicy.rateBp)} l’an, qui ne peut être inférieur à trois fois le taux de l’intérêt légal (Code de commerce, art. L441-10 II).`
        : `Pénalités de retard exigibles de plein droit dès le lendemain de l’échéance, au taux convenu de ${terms.ratePolicy.factor} fois le taux de l’intérêt légal (Code de commerce, art. L441-10 II).`
  return [
    rate,
    method,
    'Indemnité forfaitaire pour frais de recouvrement de 40 € par facture payée en retard, due de plein droit par le débiteur professionnel (Code de commerce, art. L441-10 II et D441-5).',
  ]
}

/** The half-year a period falls in: the engine splits periods at each half-year boundary. */
function halfYearOf(date: string): HalfYearIndex {
  return halfYearOfDay(dayOfDate(date) ?? 0)
}

/** The rates of each half-year the statement's periods cover, with the source the dossier keeps for them. */
export function rateSourceLines(statement: ClientStatement, terms: ClientPenaltyTerms, rates: RateRow[]): string[] {
  const used = [...new Set(statement.invoices.flatMap((invoice) => invoice.periods.map((period) => halfYearOf(period.from))))].sort((a, b) => a - b)
  const byKey = new Map(rates.map((row) => [row.halfYear, row]))
  return used.map((halfYear) => {
    const row = byKey.get(halfYearKey(halfYear))
    if (!row) return `${halfYearLabelFr(halfYear)} : taux non publié dans la table du dossier, le dernier connu est appliqué.`
    const figures =
      terms.debtor === 'particulier'
        ? `intérêt légal (autres cas) ${percent(row.legalOtherBp)}`
        : `taux BCE de référence ${percent(row.ecbRefBp)}, intérêt légal (autres cas) ${percent(row.legalOtherBp)}`
    return `${halfYearLabelFr(halfYear)} : ${figures} — source : ${row.source}.`
  })
}
