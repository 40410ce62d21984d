import { app, BrowserWindow, dialog, session } from 'electron'
import { basename } from 'node:path'
import { startCore, type Core } from '../core'
import { safeStorageSecrets } from './safe-storage-secrets'
import { registerIpc } from './ipc'
import { buildMenu } from './menu'
import { electronSqliteBinding } from './native-sqlite'
import { lockDownSession } from './security'
import { createMainWindow } from './window'

let mainWindow: BrowserWindow | null = null

// Date inputs and number formats follow Chromium's language, not the page's: French
// accountants on an English Windows must still see jj/mm/aaaa.
app.commandLine.appendSwitch('lang', 'fr-FR')

function showWindow(core: Core): void {
  mainWindow = createMainWindow()
  mainWindow.setTitle(`Encaisse — ${basename(core.session.current.path)}`)
  buildMenu(core, mainWindow)
  mainWindow.on('closed', () => {
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

  void app.whenReady().then(() => {
    let core: Core
    try {
      core = startCore({
        userData: app.getPath('userData'),
        appRoot: app.getAppPath(),
        nativeBinding: electronSqliteBinding(),
        dossierPath: process.env.ENCAISSE_DOSSIER || undefined,
        secrets: safeStorageSecrets(),
      })
    } catch (error) {
      dialog.showErrorBox("Encaisse ne peut pas démarrer", error instanceof Error ? error.message : String(error))
      app.exit(1)
      return
    }
    lockDownSession(session.defaultSession)
    registerIpc(core)
    showWindow(core)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) showWindow(core)
    })
    app.on('will-quit', () => core.close())
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
