import type { PlanSettingsValues } from '../../../src-shared/contract/plans'
import type { Db } from '../open-dossier'
import { jsonSettingOf, saveJsonSetting } from './json-setting'

const KEY = 'plans'

/** The defaults: no floor, 5 days of grace, 15 more before a plan breaks, a courtesy e-mail 3 days before each instalment. */
export const DEFAULT_PLAN_SETTINGS: PlanSettingsValues = { floorCents: 0, graceDays: 5, breakDays: 15, reminderBeforeDays: 3, reminderBeforeChannel: 'email' }

/** The dossier's payment-plan settings; the defaults for what was never set. */
export function planSettingsOf(db: Db): PlanSettingsValues {
  return jsonSettingOf(db, KEY, DEFAULT_PLAN_SETTINGS)
}

/** `at` is the write's instant (ctx.now()). */
export function savePlanSettings(db: Db, values: PlanSettingsValues, at: string): void {
  saveJsonSetting(db, KEY, values, at)
}
