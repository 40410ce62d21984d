import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { rendererUrl } from './app-address'
import { lockDownContents } from './security'

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Encaisse',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  })
  lockDownContents(window.webContents)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(rendererUrl(process.env.ELECTRON_RENDERER_URL))
  return window
}
