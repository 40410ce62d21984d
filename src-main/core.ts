import { isIsoDate, localToday, type IsoDate } from '../src-shared/dates'
import type { ChannelInput, ChannelName, ChannelOutput } from '../src-shared/contract'
import type { Result } from '../src-shared/result'
import { appPaths, defaultUserDataFolder, findAppRoot, type AppPaths } from './app-paths'
import { startDailyBackup } from './backups/daily-backup'
import { backupSettingsFile } from './backups/backup-settings'
import { contextFor } from './context'
import { waitBrieflyWhileJobWrites } from './data/busy-wait'
import { dispatch } from './dispatch'
import { DossierSession } from './dossier-session'
import { Jobs } from './jobs/jobs'
import { createFileLogger, type Logger } from './log'
import { dataKeySecretStore } from './mail/data-key'
import { mailContext } from './mail/mail-context'
import { startOutboxDrain } from './mail/outbox-drain'

export interface Core {
  paths: AppPaths
  appRoot: string
  session: DossierSession
  log: Logger
  /** Calls a channel the code names: input and result typed by the contract. */
  call<N extends ChannelName>(channel: N, input: ChannelInput<N>): Promise<Result<ChannelOutput<N>>>
  /** Calls a channel by a name received from outside (IPC, HTTP, `encaisse call`); dispatch refuses unknown names. */
  callByName(channel: string, input: unknown): Promise<Result<unknown>>
  /** Closes the dossier; a job still running is stopped, its transaction not committed. */
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
  /** The data key (base64) the desktop keeps under the system keychain; absent, the SMTP password is asked once per session. */
  secretKey?: string
  /** Creates the dossier when missing (the app's first run, « Nouveau dossier », `demo`, `import`); otherwise a missing file is refused. */
  createIfMissing?: boolean
  /** Who this core is, named to another program that finds the dossier busy. */
  program?: string
  /** Takes the day's backup as a job when the dossier has none from today (the app and the host; not each CLI command). */
  dailyBackup?: boolean
  /** Sends the outbox from the core every this many milliseconds, page open or not (the app and the host; not the CLI). */
  outboxEveryMs?: number
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
  const fixedToday = options.today ?? process.env.ENCAISSE_TODAY
  const today = fixedOrLocalToday(fixedToday)
  const now = fixedDayOrLocalNow(fixedToday)
  const session = new DossierSession(paths, log, options.dossierPath ?? paths.defaultDossier, () => new Date(now()), options.nativeBinding, options.createIfMissing)
  // While a job writes on its own connection, a write here is refused at once rather than
  // left waiting for the job's transaction (reads never wait: WAL).
  const jobs = new Jobs(
    {
      migrationsFolder: paths.migrationsFolder,
      nativeBinding: options.nativeBinding,
      logFile: paths.logFile,
      backupSettingsFile: backupSettingsFile(paths.userData),
      program: options.program ?? 'un autre programme Encaisse',
    },
    (running) => waitBrieflyWhileJobWrites(session.current, running),
    now,
  )
  const mail = mailContext(options.secretKey ? dataKeySecretStore(Buffer.from(options.secretKey, 'base64')) : null)
  if (options.dailyBackup) startDailyBackup(session.current, jobs, today(), log)
  const outbox = options.outboxEveryMs ? startOutboxDrain(session, mail, jobs, today, log, options.outboxEveryMs) : null
  const callByName = (channel: string, input: unknown) =>
    dispatch(contextFor(session, log, today, paths, jobs, now, mail), channel, input)
  return {
    paths,
    appRoot,
    session,
    log,
    // Dispatch validates the input against the channel's schema and its handler returns the channel's output.
    call: callByName as Core['call'],
    callByName,
    close: () => {
      outbox?.stop()
      jobs.stopAll()
      session.close()
    },
  }
}

function fixedOrLocalToday(fixed: string | undefined): () => IsoDate {
  if (fixed === undefined || fixed === '') return () => localToday()
  if (!isIsoDate(fixed)) throw new Error(`ENCAISSE_TODAY doit être une date AAAA-MM-JJ (reçu « ${fixed} »).`)
  return () => fixed
}

/**
 * The instant of a call: this computer's clock; with a fixed date, the clock's time of day
 * on that date, so audit fields agree with today() and still follow one another in time.
 */
function fixedDayOrLocalNow(fixed: string | undefined): () => string {
  if (fixed === undefined || fixed === '') return () => new Date().toISOString()
  return () => `${fixed}${new Date().toISOString().slice('YYYY-MM-DD'.length)}`
}
