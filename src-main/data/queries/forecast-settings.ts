import { eq } from 'drizzle-orm'
import { DEFAULT_UNCERTAIN_AFTER_DAYS, uncertainAfterDaysField } from '../../../src-shared/contract/dashboard'
import type { Db } from '../open-dossier'
import { settings } from '../schema'

const KEY = 'forecast.uncertainAfterDays'

/**
 * Beyond how many days overdue the forecast stops expecting an invoice in any week (the
 * dossier's setting). A stored value that no longer reads as valid falls back to the default.
 */
export function uncertainAfterDays(db: Db): number {
  const stored = db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).get()?.value
  try {
    const parsed = uncertainAfterDaysField.safeParse(JSON.parse(stored ?? ''))
    if (parsed.success) return parsed.data
  } catch {
    // Not JSON: the default below.
  }
  return DEFAULT_UNCERTAIN_AFTER_DAYS
}

export function saveUncertainAfterDays(db: Db, days: number): void {
  db.insert(settings)
    .values({ key: KEY, value: JSON.stringify(days) })
    .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(days) } })
    .run()
}
