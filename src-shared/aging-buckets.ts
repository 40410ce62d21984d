/**
 * The buckets of the aged balance (balance âgée), derived from the dossier's limits in
 * days late: [30, 60, 90] gives « non échu », 1–30, 31–60, 61–90 and « plus de 90 j ».
 * Shared so that the core (report, exports, CLI) and the settings form name them alike.
 */

export const DEFAULT_AGING_LIMITS: readonly number[] = [30, 60, 90]
export const AGING_MAX_LIMITS = 5

export interface AgingBucket {
  /** Stable machine name: 'not_due', '1_30', '31_60', 'over_90' (CLI keys, CSV-friendly). */
  key: string
  /** French column label: « Non échu », « 1–30 j », « Plus de 90 j ». */
  label: string
}

/** Index 0 is « not yet due »; then one bucket per limit; the last is « over the last limit ». */
export function agingBuckets(limits: readonly number[]): AgingBucket[] {
  const late = limits.map((limit, index) => {
    const first = index === 0 ? 1 : (limits[index - 1] as number) + 1
    return { key: `${first}_${limit}`, label: `${first}–${limit} j` }
  })
  const last = limits[limits.length - 1] ?? 0
  return [{ key: 'not_due', label: 'Non échu' }, ...late, { key: `over_${last}`, label: `Plus de ${last} j` }]
}

/** The bucket of an item `daysLate` days past its due date (0 or less: not yet due). */
export function bucketOfDaysLate(daysLate: number, limits: readonly number[]): number {
  if (daysLate <= 0) return 0
  const index = limits.findIndex((limit) => daysLate <= limit)
  return index === -1 ? limits.length + 1 : index + 1
}
