import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { DossierInfo, RecentDossier } from '../../src-shared/contract/dossier'
import type { Result } from '../../src-shared/result'
import { callChannel, type CoreThread } from '../worker/core-thread'

const DOSSIER_FILTERS = [{ name: 'Dossier Encaisse', extensions: ['sqlite'] }]

async function openDossier(core: CoreThread, window: BrowserWindow): Promise<void> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Ouvrir un dossier',
    properties: ['openFile'],
    filters: DOSSIER_FILTERS,
  })
  const [path] = choice.filePaths
  if (!choice.canceled && path) await switchDossier(core, window, callChannel(core, 'dossier.open', { path }))
}

async function newDossier(core: CoreThread, window: BrowserWindow): Promise<void> {
  const choice = await dialog.showSaveDialog(window, {
    title: 'Nouveau dossier',
    buttonLabel: 'Créer',
    defaultPath: 'Nouvelle société.sqlite',
    filters: DOSSIER_FILTERS,
  })
  if (!choice.canceled && choice.filePath) await switchDossier(core, window, callChannel(core, 'dossier.create', { path: choice.filePath }))
}

/** The backups and their restore live in Paramètres; the menu item leads there (the same page as in a browser). */
function showBackups(window: BrowserWindow): void {
  const url = new URL(window.webContents.getURL())
  url.hash = '/settings'
  void window.webContents.loadURL(url.toString())
}

/** The core opens the dossier in its thread; the shell reloads the page and renames the window. */
async function switchDossier(core: CoreThread, window: BrowserWindow, opening: Promise<Result<DossierInfo>>): Promise<void> {
  const opened = await opening
  if (!opened.ok) {
    dialog.showErrorBox("Impossible d'ouvrir le dossier", opened.error.message)
    return
  }
  window.webContents.reload()
  await refreshMenu(core, window)
}

/** The window's title and the menu of recent dossiers, as the core has them now. */
export async function refreshMenu(core: CoreThread, window: BrowserWindow): Promise<void> {
  const [info, recent] = await Promise.all([callChannel(core, 'dossier.info', {}), callChannel(core, 'dossier.recent', {})])
  const current = info.ok ? info.data.path : ''
  if (info.ok) window.setTitle(`Encaisse — ${info.data.fileName}`)
  buildMenu(core, window, current, recent.ok ? recent.data : [])
}

/** French native menus: Fichier (dossiers), Édition, Affichage, Aide. */
function buildMenu(core: CoreThread, window: BrowserWindow, currentPath: string, recentDossiers: RecentDossier[]): void {
  const recent: MenuItemConstructorOptions[] = recentDossiers
    .filter((entry) => entry.exists && entry.path !== currentPath)
    .map((entry) => ({ label: entry.path, click: () => void switchDossier(core, window, callChannel(core, 'dossier.open', { path: entry.path })) }))
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fichier',
      submenu: [
        { label: 'Nouveau dossier…', accelerator: 'CmdOrCtrl+N', click: () => void newDossier(core, window) },
        { label: 'Ouvrir un dossier…', accelerator: 'CmdOrCtrl+O', click: () => void openDossier(core, window) },
        {
          label: 'Dossiers récents',
          submenu: recent.length > 0 ? recent : [{ label: 'Aucun', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Restaurer une sauvegarde…', click: () => showBackups(window) },
        { type: 'separator' },
        { label: 'Quitter', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { label: 'Annuler', role: 'undo' },
        { label: 'Rétablir', role: 'redo' },
        { type: 'separator' },
        { label: 'Couper', role: 'cut' },
        { label: 'Copier', role: 'copy' },
        { label: 'Coller', role: 'paste' },
        { label: 'Tout sélectionner', role: 'selectAll' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { label: 'Actualiser', role: 'reload' },
        { type: 'separator' },
        { label: 'Taille réelle', role: 'resetZoom' },
        { label: 'Zoom avant', role: 'zoomIn' },
        { label: 'Zoom arrière', role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Plein écran', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Aide',
      submenu: [
        {
          label: 'À propos d’Encaisse',
          click: () =>
            void dialog.showMessageBox(window, {
              title: 'À propos',
              message: `Encaisse ${app.getVersion()}`,
              detail: `Dossier ouvert : ${currentPath}`,
            }),
        },
      ],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
