import { fieldError } from '../../../src-shared/result'
import type { ScheduleTerms } from './schedule-terms'

/**
 * Terms that contradict each other are refused with a French message naming the field,
 * before any row is built: the editor shows it under that field.
 */
export function refuseContradictoryTerms(terms: ScheduleTerms): void {
  const { instalmentCount, instalmentCents, frequency, dates, dayOfMonth, coveredCents, downPaymentCents, firstDate } = terms
  if (coveredCents <= 0) throw fieldError('VALIDATION', 'invoiceIds', "L'échéancier ne couvre aucun montant : choisissez des factures restant dues.")
  if (downPaymentCents >= coveredCents) {
    throw fieldError('VALIDATION', 'downPaymentCents', "L'acompte doit être inférieur au montant couvert par l'échéancier : sinon, il n'y a rien à échelonner.")
  }
  if (instalmentCount !== undefined && instalmentCents !== undefined) {
    throw fieldError('VALIDATION', 'instalmentCents', "Indiquez soit le nombre d'échéances, soit le montant de l'échéance, pas les deux.")
  }
  if (frequency === 'free') {
    if (dates === undefined || dates.length === 0) throw fieldError('VALIDATION', 'dates', 'Avec des dates libres, donnez la date de chaque échéance.')
    if (dates[0] !== firstDate) throw fieldError('VALIDATION', 'dates', 'La première date libre doit être celle de la première échéance.')
  } else {
    if (dates !== undefined) throw fieldError('VALIDATION', 'dates', 'Des dates une à une ne se donnent qu’avec la périodicité « dates libres ».')
    if (instalmentCount === undefined && instalmentCents === undefined) {
      throw fieldError('VALIDATION', 'instalmentCount', "Indiquez le nombre d'échéances ou le montant de l'échéance.")
    }
  }
  if (dayOfMonth !== undefined && frequency !== 'month') {
    throw fieldError('VALIDATION', 'dayOfMonth', 'Le jour du mois ne se choisit qu’avec une périodicité mensuelle.')
  }
}
