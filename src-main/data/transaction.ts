import type { Dossier } from './open-dossier'

/**
 * Runs `work` as one SQLite transaction: all of it is written or none of it (DESIGN.md
 * §3). better-sqlite3 is synchronous on one connection, so queries made through the
 * dossier's drizzle handle inside `work` belong to the transaction; a throw rolls back.
 * Begun IMMEDIATE: the write lock is taken (or waited for) before the first read, so what
 * `work` checks (a file already imported, a balance) is what it writes against; a deferred
 * transaction would read, then fail to upgrade when another program wrote meanwhile.
 */
export function inTransaction<T>(dossier: Dossier, work: () => T): T {
  return dossier.sqlite.transaction(work).immediate()
}
