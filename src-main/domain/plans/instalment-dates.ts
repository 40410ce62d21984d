import { addDays, type IsoDate } from '../../../src-shared/dates'
import { fieldError } from '../../../src-shared/result'
import { dayOfMonthOf, monthlyDate } from './calendar-months'
import type { ScheduleTerms } from './schedule-terms'

/**
 * The dates of `count` instalments before any edit. Monthly dates keep their day: each is
 * the first date's month plus k on the chosen day (the month's last day when shorter);
 * when the chosen day falls before the first date in its month, the schedule starts the
 * month after, so no instalment comes before the first date.
 */
export function instalmentDates(terms: Pick<ScheduleTerms, 'frequency' | 'firstDate' | 'dayOfMonth' | 'dates'>, count: number): IsoDate[] {
  const { frequency, firstDate } = terms
  switch (frequency) {
    case 'week':
    case '2weeks': {
      const step = frequency === 'week' ? 7 : 14
      return Array.from({ length: count }, (_, k) => addDays(firstDate, step * k))
    }
    case 'month': {
      const day = terms.dayOfMonth ?? dayOfMonthOf(firstDate)
      const shift = monthlyDate(firstDate, 0, day) < firstDate ? 1 : 0
      return Array.from({ length: count }, (_, k) => monthlyDate(firstDate, k + shift, day))
    }
    case 'free': {
      const dates = terms.dates ?? []
      if (dates.length !== count) {
        throw fieldError('VALIDATION', 'dates', `Donnez une date par échéance : ${count} échéance${count > 1 ? 's' : ''}, ${dates.length} date${dates.length > 1 ? 's' : ''}.`)
      }
      return [...dates]
    }
  }
}
