/**
 * Searching and sorting French names. SQLite's lower() only folds ASCII and its ORDER BY
 * is byte order ("Élodie" after "Zoé"), so every name gets a folded key: lower case,
 * no accents, ligatures spelt out. Sorting by this key is French dictionary order at
 * the primary level, which is what Sage or Excel users expect from a client list.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' }

export function foldFrench(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œæß]/g, (ch) => LIGATURES[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim()
}

/** The stored key of a client: folded name, then folded code, so either finds it. */
export function clientSearchKey(name: string, code: string): string {
  return `${foldFrench(name)} ${foldFrench(code)}`
}

/** Escapes LIKE wildcards in user text so "50%" searches for a percent sign. */
export function likeContains(text: string): string {
  return `%${foldFrench(text).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
}
