import type { Dossier } from '../open-dossier'

/** Page cache while an import writes: its transaction touches every index of the ledger, more than the usual cache holds. */
const IMPORT_CACHE_KIB = 512 * 1024

/** Runs `work` with the import's page cache, then puts the usual one back. */
export function withLargeCache<T>({ sqlite }: Pick<Dossier, 'sqlite'>, work: () => T): T {
  const usual = sqlite.pragma('cache_size', { simple: true }) as number
  sqlite.pragma(`cache_size = -${IMPORT_CACHE_KIB}`)
  try {
    return work()
  } finally {
    sqlite.pragma(`cache_size = ${usual}`)
  }
}
