/** Payment plans (échéanciers): schedules, tracking of instalments, derived status. Pure, no I/O. */
export { buildSchedule, type Schedule } from './build-schedule'
export { monthlyDate, wholeMonthsBetween } from './calendar-months'
export { MAX_INSTALMENTS, type ScheduleEdit, type ScheduleTerms } from './schedule-terms'
export { LONGEST_MONTHS } from './schedule-warnings'
export { lastDayBeforeBreach, trackPlan, type PlanDelays, type PlanToTrack, type TrackedInstalment, type TrackedPlan } from './track-plan'
export { PLAN_REMINDER_TEMPLATES, planReminderKey, planReminderLabel, planReminders, type PlanReminder } from './plan-reminders'
export { planInflows, type WeekInflow } from './plan-inflows'
