import { eq } from 'drizzle-orm'
import { DEFAULT_AGING_LIMITS } from '../../../src-shared/aging-buckets'
import { agingLimitsField } from '../../../src-shared/contract/aging'
import type { Db } from '../open-dossier'
import { company } from '../schema'

/**
 * The dossier's aged-balance bucket limits (company.aging_buckets, a JSON array). A value
 * that no longer reads as valid limits (edited by hand, say) falls back to the default
 * rather than breaking every report.
 */
export function agingLimits(db: Db): number[] {
  const stored = db.select({ limits: company.agingBuckets }).from(company).where(eq(company.id, 1)).get()?.limits
  try {
    const parsed = agingLimitsField.safeParse(JSON.parse(stored ?? ''))
    if (parsed.success) return parsed.data
  } catch {
    // Not JSON: the default below.
  }
  return [...DEFAULT_AGING_LIMITS]
}

export function saveAgingLimits(db: Db, limits: readonly number[], now: string): void {
  db.update(company)
    .set({ agingBuckets: JSON.stringify(limits), updatedAt: now })
    .where(eq(company.id, 1))
    .run()
}
