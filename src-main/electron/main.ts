import { join } from 'node:path'
import { app, BrowserWindow, dialog, session } from 'electron'
import { createFileLogger } from '../log'
import { loadOrCreateDataKey } from '../mail/data-key'
import { startCoreThread, type CoreThread } from '../worker/core-thread'
import { registerAppScheme, serveRenderer } from './app-protocol'
import { registerIpc } from './ipc'
import { systemKeychain } from './keychain'
import { refreshMenu } from './menu'
import { electronSqliteBinding } from './native-sqlite'
import { lockDownSession } from './security'
import { createMainWindow } from './window'

// The main thread only makes windows, menus and dialogs and relays calls: the core (SQLite,
// handlers, long jobs) runs in worker threads, so the window never waits on the dossier.

let mainWindow: BrowserWindow | null = null

// Date inputs and number formats follow Chromium's language, not the page's: French
// accountants on an English Windows must still see jj/mm/aaaa.
app.commandLine.appendSwitch('lang', 'fr-FR')
registerAppScheme()

function showWindow(core: CoreThread): void {
  const window = createMainWindow()
  mainWindow = window
  void refreshMenu(core, window)
  window.on('closed', () => {
    mainWindow = null
  })
}

// One Encaisse per user: a second launch focuses the first (two writers on one dossier
// would only wait on each other's locks).
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })

  /** The data key for the SMTP password, unlocked by the keychain here: the core's thread cannot reach it. */
  const secretKeyOf = (userData: string): string | undefined => {
    const keychain = systemKeychain()
    return keychain ? loadOrCreateDataKey(join(userData, 'cle-des-secrets.bin'), keychain).toString('base64') : undefined
  }

  void app.whenReady().then(async () => {
    lockDownSession(session.defaultSession)
    serveRenderer(session.defaultSession, join(__dirname, '../renderer'))
    let core: CoreThread
    try {
      core = await startCoreThread({
        userData: app.getPath('userData'),
        appRoot: app.getAppPath(),
        nativeBinding: electronSqliteBinding(),
        dossierPath: process.env.ENCAISSE_DOSSIER || undefined,
        // The first run makes the user's dossier, as « Nouveau dossier » would.
        createIfMissing: true,
        program: 'l’application Encaisse',
        dailyBackup: true,
        outboxEveryMs: 60_000,
        secretKey: secretKeyOf(app.getPath('userData')),
      })
    } catch (error) {
      dialog.showErrorBox("Encaisse ne peut pas démarrer", error instanceof Error ? error.message : String(error))
      app.exit(1)
      return
    }
    registerIpc(core, createFileLogger(core.paths.logFile))
    showWindow(core)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) showWindow(core)
    })
    // The dossier is closed by its own thread before quitting; a running job is stopped uncommitted.
    let closed = false
    app.on('will-quit', (event) => {
      if (closed) return
      event.preventDefault()
      void core.close().finally(() => {
        closed = true
        app.quit()
      })
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
