/**
 * One colour per bucket of the aged balance: blue for what is not yet due, then from
 * amber to dark red as the debt ages, spread over however many buckets the dossier has.
 */
const NOT_DUE = '#7fa7e0'
const LATE = ['#f2c14e', '#ec9a3c', '#d9652b', '#bd3a22', '#8c1d13']

export function bucketColor(index: number, bucketCount: number): string {
  if (index === 0) return NOT_DUE
  const lateCount = bucketCount - 1
  const step = lateCount > 1 ? (LATE.length - 1) / (lateCount - 1) : 0
  return LATE[Math.round((index - 1) * step)] ?? NOT_DUE
}
