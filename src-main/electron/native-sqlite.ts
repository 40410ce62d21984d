import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'

/**
 * better-sqlite3 built for Electron's ABI (scripts/electron-sqlite.mjs): under resources/
 * in an installed app, under native/ in a development checkout. The addon in
 * node_modules is Node's build and would fail with NODE_MODULE_VERSION.
 */
export function electronSqliteBinding(): string {
  const file = 'better_sqlite3.node'
  const candidates = app.isPackaged
    ? [join(process.resourcesPath, 'native', file)]
    : [join(app.getAppPath(), 'native', `electron-${process.versions.electron}`, file)]
  const found = candidates.find((candidate) => existsSync(candidate))
  if (!found) throw new Error(`better-sqlite3 pour Electron introuvable (${candidates.join(', ')}) : lancez « npm start ».`)
  return found
}
