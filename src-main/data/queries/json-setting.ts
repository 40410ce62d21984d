import { eq } from 'drizzle-orm'
import type { Db } from '../open-dossier'
import { settings } from '../schema'

/** A group of the dossier's settings kept as one JSON value under `key`; the defaults for what was never set. */
export function jsonSettingOf<T extends object>(db: Db, key: string, defaults: T): T {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()
  const stored = row ? (JSON.parse(row.value) as Partial<T>) : {}
  return { ...defaults, ...stored }
}

/** `at` is the write's instant (ctx.now()). */
export function saveJsonSetting(db: Db, key: string, values: object, at: string): void {
  const value = JSON.stringify(values)
  db.insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } })
    .run()
}
