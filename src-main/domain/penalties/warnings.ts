import { centsToDecimalString, formatEuros, type Cents } from '../../../src-shared/money'
import { formatFrenchDate, type IsoDate } from '../../../src-shared/dates'
import { halfYearKey, halfYearLabelFr, type HalfYearIndex, type HalfYearKey } from './half-years'
import { CONTRACT_FLOOR_MULTIPLIER } from './rate-policy'

/**
 * What a statement's reader must know about how it was computed. Every screen and
 * letter that shows the statement shows these messages (DESIGN §4), so they are
 * written in French for the accountant and name the rule they rest on.
 */
export type PenaltyWarningCode =
  | 'RATE_MISSING_HALF_YEAR'
  | 'RATES_BEFORE_TABLE'
  | 'RATE_BELOW_FLOOR'
  | 'NOTICE_REQUIRED'
  | 'NOTICE_BEFORE_DUE_DATE'
  | 'CONSUMER_AGREED_RATE_NOT_APPLIED'
  | 'OVERPAYMENT'

export interface PenaltyWarning {
  code: PenaltyWarningCode
  message: string
  halfYear?: HalfYearKey
}

/** "13,15 %" (no-break space, as French typography wants). */
export function formatRateFr(rateBp: number): string {
  return `${centsToDecimalString(rateBp).replace('.', ',')}\u00a0%`
}

export function rateMissingWarning(missing: HalfYearIndex, used: HalfYearIndex): PenaltyWarning {
  return {
    code: 'RATE_MISSING_HALF_YEAR',
    halfYear: halfYearKey(missing),
    message: `Taux du ${halfYearLabelFr(missing)} non renseigné : taux du ${halfYearLabelFr(used)} utilisé.`,
  }
}

export function ratesBeforeTableWarning(firstKnown: HalfYearIndex, from: IsoDate, to: IsoDate): PenaltyWarning {
  return {
    code: 'RATES_BEFORE_TABLE',
    message:
      `Aucun taux connu avant le ${halfYearLabelFr(firstKnown)} : intérêts non calculés ` +
      `du ${formatFrenchDate(from)} au ${formatFrenchDate(to)}.`,
  }
}

export function rateBelowFloorWarning(halfYear: HalfYearIndex, rateBp: number, legalOtherBp: number): PenaltyWarning {
  return {
    code: 'RATE_BELOW_FLOOR',
    halfYear: halfYearKey(halfYear),
    message:
      `Taux convenu de ${formatRateFr(rateBp)} inférieur au minimum légal du ${halfYearLabelFr(halfYear)} ` +
      `(${CONTRACT_FLOOR_MULTIPLIER} × ${formatRateFr(legalOtherBp)} = ` +
      `${formatRateFr(CONTRACT_FLOOR_MULTIPLIER * legalOtherBp)}, C. com. art. L441-10).`,
  }
}

export function noticeRequiredWarning(asOf: IsoDate): PenaltyWarning {
  return {
    code: 'NOTICE_REQUIRED',
    message:
      'Débiteur particulier : les intérêts au taux légal ne courent qu’à compter de la mise en demeure ' +
      `(C. civ. art. 1231-6 et 1344-1) ; aucune mise en demeure au ${formatFrenchDate(asOf)}.`,
  }
}

export function noticeBeforeDueDateWarning(notice: IsoDate, due: IsoDate): PenaltyWarning {
  return {
    code: 'NOTICE_BEFORE_DUE_DATE',
    message:
      `Mise en demeure du ${formatFrenchDate(notice)} antérieure à l’échéance du ${formatFrenchDate(due)} : ` +
      'sans effet sur une somme pas encore exigible, aucun intérêt calculé.',
  }
}

export function consumerAgreedRateWarning(): PenaltyWarning {
  return {
    code: 'CONSUMER_AGREED_RATE_NOT_APPLIED',
    message:
      'Débiteur particulier : taux convenu non appliqué, intérêts au taux légal (C. civ. art. 1231-6). ' +
      'Un taux convenu avec un consommateur doit être écrit et peut être réduit par le juge : à faire valider.',
  }
}

export function overpaymentWarning(excessCents: Cents): PenaltyWarning {
  return {
    code: 'OVERPAYMENT',
    message: `Paiements supérieurs au montant de la facture : excédent de ${formatEuros(excessCents)} à traiter comme un avoir.`,
  }
}
