import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { REPO_ROOT } from '../helpers/test-core'

/**
 * A short smoke test of the real Electron shell. Electron's binary cannot be downloaded
 * on every machine (it is skipped at install there), so this runs where it exists and
 * says plainly why it did not run elsewhere.
 */
const electronPackage = createRequire(join(REPO_ROOT, 'package.json')).resolve('electron/package.json')
// electron's install script writes path.txt once the binary is in place.
const electronBinary = existsSync(join(dirname(electronPackage), 'path.txt')) ? dirname(electronPackage) : null
const { version } = JSON.parse(readFileSync(electronPackage, 'utf8')) as { version: string }
const electronSqlite = existsSync(join(REPO_ROOT, 'native', `electron-${version}`, 'better_sqlite3.node'))

const skipReason =
  electronBinary === null
    ? "binaire d'Electron absent (installé avec ELECTRON_SKIP_BINARY_DOWNLOAD=1)"
    : !electronSqlite
      ? 'better-sqlite3 pour Electron absent (native/) : lancez « npm start » une fois pour le compiler'
      : null
test('the window opens on the dashboard from app://, is locked down, and calls the core through the preload', async () => {
  if (skipReason) {
    console.log(`Test de fumée de la coque Electron sauté : ${skipReason}.`)
    test.skip(true, skipReason)
  }
  const userData = mkdtempSync(join(tmpdir(), 'encaisse-électron #1-'))
  const app = await electron.launch({
    args: [REPO_ROOT, `--user-data-dir=${userData}`],
    env: { ...process.env, ENCAISSE_DOSSIER: join(userData, 'smoke.sqlite') },
  })
  try {
    const window = await app.firstWindow()
    // The address does not depend on the install path (spaces, accents, drive letters).
    expect(window.url()).toMatch(/^app:\/\/encaisse\/index\.html/)
    await expect(window.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible()
    // Electron offers no getter for webPreferences: check what they produce in the page.
    const page = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((globalThis as { api?: object }).api ?? {}),
    }))
    expect(page).toEqual({ require: 'undefined', process: 'undefined', api: ['invoke'] })
    // The CSP comes as a response header of the app:// scheme, not only as a meta tag.
    const csp = await window.evaluate(() => fetch(location.href).then((response) => response.headers.get('content-security-policy')))
    expect(csp).toContain("script-src 'self'")
    const invoke = (channel: string) =>
      window.evaluate(
        (name) => (globalThis as unknown as { api: { invoke(c: string, i: unknown): Promise<unknown> } }).api.invoke(name, {}),
        channel,
      )
    expect(await invoke('dossier.info')).toMatchObject({ ok: true, data: { fileName: 'smoke.sqlite' } })
    expect(await invoke('fs.readFile')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })

    // A page that is not ours, even with our preload, is refused by the main process.
    const foreign = await app.evaluate(async ({ BrowserWindow }, preload) => {
      const other = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } })
      try {
        await other.loadURL('data:text/html,<p>ailleurs</p>')
        return (await other.webContents.executeJavaScript("window.api.invoke('dossier.info', {})")) as unknown
      } finally {
        other.destroy()
      }
    }, join(REPO_ROOT, 'out', 'preload', 'index.js'))
    expect(foreign).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })

    // Navigation away from the app is dropped.
    await window.evaluate(() => {
      location.href = 'https://example.com/'
    })
    await window.waitForTimeout(500)
    expect(window.url()).toMatch(/^app:\/\/encaisse\//)
  } finally {
    await app.close()
    rmSync(userData, { recursive: true, force: true })
  }
})
