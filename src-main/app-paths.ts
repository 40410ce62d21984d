import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

/** Where Encaisse keeps its things on this computer. */
export interface AppPaths {
  /** The per-user folder (the same one Electron's app.getPath('userData') gives). */
  userData: string
  migrationsFolder: string
  defaultDossier: string
  recentFile: string
  logFile: string
  /** Files sent by the import screen, kept until imported. */
  uploadsFolder: string
}

const PRODUCT_NAME = 'Encaisse'

/** Electron's userData for productName "Encaisse", computed without Electron (host, CLI). */
export function defaultUserDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME)
}

/**
 * The application's root (holding migrations/), found by walking up from the running
 * file: the same answer from sources run by tsx and from the bundle in out/main.
 */
export function findAppRoot(start: string): string {
  let folder = start
  while (!existsSync(join(folder, 'migrations', 'meta', '_journal.json'))) {
    const parent = dirname(folder)
    if (parent === folder) throw new Error(`migrations folder not found above ${start}`)
    folder = parent
  }
  return folder
}

export function appPaths(userData: string, appRoot: string): AppPaths {
  return {
    userData,
    migrationsFolder: join(appRoot, 'migrations'),
    defaultDossier: join(userData, 'Dossiers', 'Mon entreprise.sqlite'),
    recentFile: join(userData, 'dossiers-recents.json'),
    logFile: join(userData, 'logs', 'encaisse.log'),
    uploadsFolder: join(userData, 'imports'),
  }
}
