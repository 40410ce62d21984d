import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { RecentDossier } from '../src-shared/contract/dossier'
import { DomainError } from '../src-shared/result'
import type { AppPaths } from './app-paths'
import { openDossier, type Dossier } from './data/open-dossier'
import type { Logger } from './log'

const MAX_RECENT = 10

/**
 * The dossier the application is working on, and the switch to another one. Opening
 * happens here only, so every transport (Electron, host, CLI) migrates and backs up alike.
 */
export class DossierSession {
  #current: Dossier

  constructor(
    private readonly paths: AppPaths,
    private readonly log: Logger,
    initialPath: string,
    /** The core's clock: opening names its pre-migration backup by it (ENCAISSE_TODAY included). */
    private readonly clock: () => Date,
    private readonly nativeBinding?: string,
    createInitial = false,
  ) {
    this.#current = this.#openFile(resolve(initialPath), createInitial)
  }

  get current(): Dossier {
    return this.#current
  }

  /** Opens an existing dossier file. */
  open(path: string): Dossier {
    const target = resolve(path)
    if (!existsSync(target)) throw new DomainError('NOT_FOUND', `Le dossier « ${target} » n'existe pas.`)
    return this.#switchTo(target, false)
  }

  /** Creates a new, empty dossier file and opens it. */
  create(path: string): Dossier {
    const target = resolve(path.endsWith('.sqlite') ? path : `${path}.sqlite`)
    if (existsSync(target)) throw new DomainError('CONFLICT', `Le fichier « ${target} » existe déjà.`)
    return this.#switchTo(target, true)
  }

  /** Opens the current dossier again (after a restore rewrote it: its migrations, if older, are applied). */
  reopen(): Dossier {
    const path = this.#current.path
    this.#current.close()
    this.#current = this.#openFile(path, false)
    return this.#current
  }

  recent(): RecentDossier[] {
    return this.#readRecent().map((entry) => ({ ...entry, exists: existsSync(entry.path) }))
  }

  close(): void {
    this.#current.close()
  }

  #switchTo(path: string, create: boolean): Dossier {
    const next = this.#openFile(path, create)
    this.#current.close()
    this.#current = next
    return next
  }

  #openFile(path: string, create: boolean): Dossier {
    const dossier = openDossier(path, {
      migrationsFolder: this.paths.migrationsFolder,
      nativeBinding: this.nativeBinding,
      create,
      quickCheck: true,
      now: this.clock(),
    })
    this.log.info('dossier.opened', { path, backup: dossier.backupPath, created: dossier.created, readOnly: dossier.readOnly })
    this.#remember(path)
    return dossier
  }

  #readRecent(): Array<{ path: string; openedAt: string }> {
    if (!existsSync(this.paths.recentFile)) return []
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.paths.recentFile, 'utf8'))
      return Array.isArray(parsed) ? parsed.filter((e) => typeof e?.path === 'string') : []
    } catch {
      return [] // a damaged list of recent files is not worth refusing to start
    }
  }

  #remember(path: string): void {
    const entries = [{ path, openedAt: new Date().toISOString() }, ...this.#readRecent().filter((e) => e.path !== path)]
    mkdirSync(dirname(this.paths.recentFile), { recursive: true })
    writeFileSync(this.paths.recentFile, JSON.stringify(entries.slice(0, MAX_RECENT), null, 2))
  }
}
