/** Payment plans (échéanciers): schedules, tracking of instalments, derived status. Pure, no I/O. */
export { buildSchedule, type Schedule } from './build-schedule'
export { monthlyDate, wholeMonthsBetween } from './calendar-months'
export { MAX_INSTALMENTS, type ScheduleEdit, type ScheduleTerms } from './schedule-terms'
export { LONGEST_MONTHS } from './schedule-warnings'
