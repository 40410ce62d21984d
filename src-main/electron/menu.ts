import { basename } from 'node:path'
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { Core } from '../core'

const DOSSIER_FILTERS = [{ name: 'Dossier Encaisse', extensions: ['sqlite'] }]

async function openDossier(core: Core, window: BrowserWindow): Promise<void> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Ouvrir un dossier',
    properties: ['openFile'],
    filters: DOSSIER_FILTERS,
  })
  const [path] = choice.filePaths
  if (!choice.canceled && path) switchDossier(core, window, () => core.session.open(path))
}

async function newDossier(core: Core, window: BrowserWindow): Promise<void> {
  const choice = await dialog.showSaveDialog(window, {
    title: 'Nouveau dossier',
    buttonLabel: 'Créer',
    defaultPath: 'Nouvelle société.sqlite',
    filters: DOSSIER_FILTERS,
  })
  if (!choice.canceled && choice.filePath) switchDossier(core, window, () => core.session.create(choice.filePath))
}

function switchDossier(core: Core, window: BrowserWindow, open: () => unknown): void {
  try {
    open()
    window.setTitle(`Encaisse — ${basename(core.session.current.path)}`)
    window.webContents.reload()
    buildMenu(core, window)
  } catch (error) {
    core.log.error('dossier.switch_failed', { error: String(error) })
    dialog.showErrorBox("Impossible d'ouvrir le dossier", error instanceof Error ? error.message : String(error))
  }
}

/** French native menus: Fichier (dossiers), Édition, Affichage, Aide. */
export function buildMenu(core: Core, window: BrowserWindow): void {
  const recent: MenuItemConstructorOptions[] = core.session
    .recent()
    .filter((entry) => entry.exists && entry.path !== core.session.current.path)
    .map((entry) => ({ label: entry.path, click: () => switchDossier(core, window, () => core.session.open(entry.path)) }))
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
              detail: `Dossier ouvert : ${core.session.current.path}`,
            }),
        },
      ],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
