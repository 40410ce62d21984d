import { isIsoDate, localToday, type IsoDate } from '../src-shared/dates'
import type { Result } from '../src-shared/result'
import { appPaths, defaultUserDataFolder, findAppRoot, type AppPaths } from './app-paths'
import { contextFor } from './context'
import { dispatch } from './dispatch'
import { DossierSession } from './dossier-session'
import { ImportJobs } from './import/import-jobs'
import { createFileLogger, type Logger } from './log'
import { mailContext, type SecretStore } from './mail/mail-context'

export interface Core {
  paths: AppPaths
  appRoot: string
  session: DossierSession
  log: Logger
  call(channel: string, input: unknown): Promise<Result<unknown>>
  close(): void
}

export interface CoreOptions {
  /** Dossier to open; the default dossier in the user's folder when absent. */
  dossierPath?: string
  userData?: string
  nativeBinding?: string
  appRoot?: string
  /** Fixed calendar date (tests); otherwise ENCAISSE_TODAY, otherwise this computer's date. */
  today?: IsoDate
  /** The desktop's keychain for the SMTP password; absent, the password is asked once per session. */
  secrets?: SecretStore | null
}

/**
 * The core as every transport starts it. ENCAISSE_USER_DATA moves the per-user folder
 * (tests, portable installs); ENCAISSE_TODAY fixes the calendar date (tests, demos).
 */
export function startCore(options: CoreOptions = {}): Core {
  const appRoot = options.appRoot ?? findAppRoot(__dirname)
  const userData = options.userData ?? process.env.ENCAISSE_USER_DATA ?? defaultUserDataFolder()
  const paths = appPaths(userData, appRoot)
  const log = createFileLogger(paths.logFile)
  const today = fixedOrLocalToday(options.today ?? process.env.ENCAISSE_TODAY)
  const session = new DossierSession(paths, log, options.dossierPath ?? paths.defaultDossier, options.nativeBinding)
  const imports = new ImportJobs()
  const mail = mailContext(options.secrets ?? null)
  return {
    paths,
    appRoot,
    session,
    log,
    call: (channel, input) => dispatch(contextFor(session, log, today, paths, imports, mail), channel, input),
    close: () => session.close(),
  }
}

function fixedOrLocalToday(fixed: string | undefined): () => IsoDate {
  if (fixed === undefined || fixed === '') return () => localToday()
  if (!isIsoDate(fixed)) throw new Error(`ENCAISSE_TODAY doit être une date AAAA-MM-JJ (reçu « ${fixed} »).`)
  return () => fixed
}
