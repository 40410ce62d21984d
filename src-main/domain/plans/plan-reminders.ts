import type { InstalmentReminderKind, PlanSettingsValues } from '../../../src-shared/contract/plans'
import { addDays, type IsoDate } from '../../../src-shared/dates'
import type { TrackedPlan } from './track-plan'

export type ReminderChannelChoice = PlanSettingsValues['reminderBeforeChannel']

/** The templates of the plans' own reminders, by kind and channel (a phone reminder reads the call script). */
export const PLAN_REMINDER_TEMPLATES: Record<InstalmentReminderKind, Record<ReminderChannelChoice, string>> = {
  before: { email: 'email-rappel-echeance', letter: 'rappel-echeance', phone: 'script-appel' },
  missed: { email: 'email-echeance-impayee', letter: 'echeance-impayee', phone: 'script-appel' },
}

export interface PlanReminder {
  instalmentId: number
  sequence: number
  kind: InstalmentReminderKind
  dueDate: IsoDate
  amountDueCents: number
  channel: ReminderChannelChoice
  templateCode: string
  dedupKey: string
}

/** Each plan reminder is made once: its key names the plan, the instalment and the kind. */
export function planReminderKey(planId: number, instalmentId: number, kind: InstalmentReminderKind): string {
  return `plan:${planId}:${instalmentId}:${kind}`
}

/** « Rappel avant échéance n° 2 », « Échéance n° 2 impayée » (the down payment by its name). */
export function planReminderLabel(kind: InstalmentReminderKind, sequence: number): string {
  const what = sequence === 0 ? 'l’acompte' : `échéance n° ${sequence}`
  return kind === 'before' ? `Rappel avant ${what}` : `${sequence === 0 ? 'Acompte' : `Échéance n° ${sequence}`} impayé${sequence === 0 ? '' : 'e'}`
}

/**
 * The reminders an active plan calls for on the day: a courtesy reminder from
 * `reminderBeforeDays` before each instalment not yet paid in full until its date, and a
 * missed-instalment reminder from `graceDays` after an instalment still not paid in full;
 * each once (a recorded key is not proposed again). A broken plan has none: its client is
 * back in its reminder scenario.
 */
export function planReminders(planId: number, plan: TrackedPlan, asOf: IsoDate, settings: PlanSettingsValues, recorded: ReadonlySet<string>): PlanReminder[] {
  if (plan.status !== 'active') return []
  const channel = settings.reminderBeforeChannel
  const reminders: PlanReminder[] = []
  for (const instalment of plan.instalments) {
    if (instalment.paidOn !== null) continue
    const due = (kind: InstalmentReminderKind): PlanReminder => ({
      instalmentId: instalment.id,
      sequence: instalment.sequence,
      kind,
      dueDate: instalment.date,
      amountDueCents: instalment.amountCents - instalment.paidCents,
      channel,
      templateCode: PLAN_REMINDER_TEMPLATES[kind][channel],
      dedupKey: planReminderKey(planId, instalment.id, kind),
    })
    const before = settings.reminderBeforeDays > 0 && addDays(instalment.date, -settings.reminderBeforeDays) <= asOf && asOf < instalment.date
    const missed = instalment.date < asOf && addDays(instalment.date, settings.graceDays) <= asOf
    if (before) reminders.push(due('before'))
    if (missed) reminders.push(due('missed'))
  }
  return reminders.filter((reminder) => !recorded.has(reminder.dedupKey))
}
