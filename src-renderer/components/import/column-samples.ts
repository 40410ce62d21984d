/** Values shown beside a column so that the user recognises it. */
const SAMPLES = 3

/** The first distinct non-empty values of one column in the preview rows: three times the same date tells nothing. */
export function columnSamples(rows: string[][], column: number): string[] {
  const values = new Set<string>()
  for (const row of rows) {
    const value = (row[column] ?? '').trim()
    if (value !== '') values.add(value)
    if (values.size === SAMPLES) break
  }
  return [...values]
}

/** The header a user knows a column by; a column without one is named by its position. */
export function columnTitle(headers: string[], column: number, untitled: (position: number) => string): string {
  return headers[column]?.trim() || untitled(column + 1)
}
