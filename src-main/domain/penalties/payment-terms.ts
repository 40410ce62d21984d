import { addDays, endOfMonth, formatFrenchDate, type IsoDate } from '../../../src-shared/dates'
import type { PenaltyFlag } from './flags'

/**
 * The agreed payment term, when known, to check it against the caps of L441-10 I:
 * - days60: at most 60 days from the invoice date (the general cap);
 * - endOfMonth45: 45 days end of month, only if expressly agreed; both ways of
 *   counting it are accepted by the CEPC (invoice + 45 days then end of month, or end
 *   of the invoice's month + 45 days), so the later one is the cap;
 * - periodic45: recapitulative invoice (CGI 289 I 3°), at most 45 days from its date.
 * Sector caps (L441-11) are out of scope here.
 */
export interface PaymentTerms {
  issueDate: IsoDate
  basis?: 'days60' | 'endOfMonth45' | 'periodic45'
}

export function paymentTermsFlag(terms: PaymentTerms, dueDate: IsoDate): PenaltyFlag | null {
  const { issueDate, basis = 'days60' } = terms
  let latest: IsoDate
  let cap: string
  switch (basis) {
    case 'days60':
      latest = addDays(issueDate, 60)
      cap = '60 jours à compter de la date de la facture'
      break
    case 'endOfMonth45': {
      const plusDaysThenEndOfMonth = endOfMonth(addDays(issueDate, 45))
      const endOfMonthThenPlusDays = addDays(endOfMonth(issueDate), 45)
      latest = plusDaysThenEndOfMonth > endOfMonthThenPlusDays ? plusDaysThenEndOfMonth : endOfMonthThenPlusDays
      cap = '45 jours fin de mois à compter de la date de la facture'
      break
    }
    case 'periodic45':
      latest = addDays(issueDate, 45)
      cap = '45 jours à compter de la date de la facture récapitulative'
      break
  }
  if (dueDate <= latest) return null
  return {
    code: 'PAYMENT_TERMS_BEYOND_CAP',
    latestLegalDueDate: latest,
    message:
      `Échéance du ${formatFrenchDate(dueDate)} au-delà du délai légal de ${cap} ` +
      `(au plus tard le ${formatFrenchDate(latest)}, C. com. art. L441-10 I).`,
  }
}
