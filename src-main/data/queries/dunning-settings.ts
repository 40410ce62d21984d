import { sql } from 'drizzle-orm'
import type { DunningSettingsValues } from '../../../src-shared/contract/dunning'
import type { Db } from '../open-dossier'
import { jsonSettingOf, saveJsonSetting } from './json-setting'

const KEY = 'dunning'

/** The defaults of the issue: 7 days between contacts, 3 days of grace, calls retried after 3 days, data stale after 7. */
export const DEFAULT_DOSSIER_DUNNING_SETTINGS: DunningSettingsValues = { minGapDays: 7, promiseGraceDays: 3, retryDays: 3, staleDays: 7 }

/** The dossier's reminder settings; the defaults for what was never set. */
export function dunningSettingsOf(db: Db): DunningSettingsValues {
  return jsonSettingOf(db, KEY, DEFAULT_DOSSIER_DUNNING_SETTINGS)
}

/** `at` is the write's instant (ctx.now()). */
export function saveDunningSettings(db: Db, values: DunningSettingsValues, at: string): void {
  saveJsonSetting(db, KEY, values, at)
}

/**
 * The last day the ledger's payments were brought up to date: the last import (not undone)
 * or the last payment entered, whichever is later; null for a dossier that has neither.
 */
export function lastLedgerUpdate(db: Db): string | null {
  const row = db.get<{ last: string | null }>(sql`
    SELECT max(last) AS last FROM (
      SELECT max(substr(imported_at, 1, 10)) AS last FROM import_batches WHERE undone_at IS NULL
      UNION ALL
      SELECT max(substr(created_at, 1, 10)) FROM payments
    )`)
  return row?.last ?? null
}
