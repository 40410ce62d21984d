import { addDays, endOfMonth, type IsoDate } from '../../src-shared/dates'

export interface AgreedTerms {
  days: number
  /** "fin de mois": the due date moves to the end of the month reached after the days. */
  endOfMonth: boolean
}

/**
 * Due date from the issue date and the terms. "N jours fin de mois" is computed as
 * issue date + N days, then end of that month — one of the two readings the CEPC accepts
 * (legal-fr.md §1.2), and the one most accounting packages use.
 */
export function dueDateFor(issueDate: IsoDate, terms: AgreedTerms): IsoDate {
  const due = addDays(issueDate, terms.days)
  return terms.endOfMonth ? endOfMonth(due) : due
}
