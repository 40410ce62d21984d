import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isAppAddress, isTrustedCaller, rendererFileOf, rendererUrl } from '../../src-main/electron/app-address'
import { RENDERER_CSP } from '../../src-main/renderer-headers'

/** Install folders as the per-user installers make them, with what breaks string comparisons. */
const INSTALLS = [
  { system: 'Windows', paths: path.win32, folder: 'C:\\Users\\Élodie Müller\\AppData\\Local\\Programs\\Encaisse\\resources\\app.asar\\out\\renderer' },
  { system: 'Windows (drive D:, # in a folder)', paths: path.win32, folder: 'D:\\Cabinet #2\\Encaisse\\resources\\app.asar\\out\\renderer' },
  { system: 'macOS', paths: path.posix, folder: '/Applications/Encaisse Comptabilité.app/Contents/Resources/app.asar/out/renderer' },
  { system: 'Linux', paths: path.posix, folder: '/home/zoé/Applications/Encaisse #1/resources/app.asar/out/renderer' },
]

describe('the renderer address', () => {
  it('is the same app:// address on every PC, whatever the install path', () => {
    expect(rendererUrl()).toBe('app://encaisse/index.html')
    expect(rendererUrl('http://localhost:5173/')).toBe('http://localhost:5173/')
  })

  it('is recognised in the canonical forms Chromium reports, with any path, query or #fragment', () => {
    for (const url of ['app://encaisse/index.html', 'APP://ENCAISSE/index.html', 'app://encaisse/', 'app://encaisse/index.html#/clients/12', 'app://encaisse/index.html?x=1#/aging']) {
      expect(isAppAddress(url), url).toBe(true)
    }
  })

  it('refuses other schemes, hosts, credentials and look-alikes', () => {
    const foreign = [
      'file:///C:/Users/%C3%89lodie/AppData/Local/Programs/Encaisse/resources/app.asar/out/renderer/index.html',
      'https://encaisse/index.html',
      'app://encaisse.evil.example/index.html',
      'app://evil.example/encaisse/index.html',
      'app://user:pw@encaisse/index.html',
      'app://encaisse:8080/index.html',
      'http://localhost:5173/',
      'not a url',
      '',
    ]
    for (const url of foreign) expect(isAppAddress(url), url).toBe(false)
  })

  it('in development, accepts the dev server origin only', () => {
    const dev = 'http://localhost:5173/'
    expect(isAppAddress('http://localhost:5173/#/clients', dev)).toBe(true)
    expect(isAppAddress('http://localhost:5174/', dev)).toBe(false)
    expect(isAppAddress('app://encaisse/index.html', dev)).toBe(false)
  })
})

describe('the IPC caller check', () => {
  it('answers the window’s top frame on our address only', () => {
    expect(isTrustedCaller({ url: 'app://encaisse/index.html#/import', isMainFrame: true })).toBe(true)
    expect(isTrustedCaller({ url: 'app://encaisse/index.html', isMainFrame: false })).toBe(false)
    expect(isTrustedCaller({ url: 'https://example.com/', isMainFrame: true })).toBe(false)
    expect(isTrustedCaller(null)).toBe(false)
    expect(isTrustedCaller(undefined)).toBe(false)
  })
})

describe('the file an app:// request reads', () => {
  for (const { system, paths, folder } of INSTALLS) {
    it(`stays inside the renderer folder on ${system}`, () => {
      expect(rendererFileOf('app://encaisse/index.html', folder, paths)).toBe(paths.join(folder, 'index.html'))
      expect(rendererFileOf('app://encaisse/', folder, paths)).toBe(paths.join(folder, 'index.html'))
      expect(rendererFileOf('app://encaisse/index.html#/clients', folder, paths)).toBe(paths.join(folder, 'index.html'))
      expect(rendererFileOf('app://encaisse/assets/index-D6kZT7Ca.js?v=2', folder, paths)).toBe(paths.join(folder, 'assets', 'index-D6kZT7Ca.js'))
      // A file name with a space and an accent arrives percent-encoded.
      expect(rendererFileOf('app://encaisse/assets/logo%20soci%C3%A9t%C3%A9.svg', folder, paths)).toBe(paths.join(folder, 'assets', 'logo société.svg'))
      // Backslashes are separators on Windows only: there, they cannot climb out either.
      if (paths === path.win32) expect(rendererFileOf('app://encaisse/assets/..%5C..%5C..%5Csecret.txt', folder, paths)).toBeNull()
      // Climbing out is resolved away by the URL itself, or refused: never a file outside the folder.
      for (const climbing of [
        'app://encaisse/../secret.txt',
        'app://encaisse/%2e%2e/%2e%2e/secret.txt',
        'app://encaisse/assets/..%2F..%2F..%2Fsecret.txt',
        'app://encaisse/assets/..%5C..%5C..%5Csecret.txt',
      ]) {
        const file = rendererFileOf(climbing, folder, paths)
        if (file !== null) expect(file.startsWith(folder + paths.sep), `${climbing} → ${file}`).toBe(true)
      }
      for (const refused of ['app://encaisse/%00index.html', 'app://encaisse/%E0%A4%A.html', 'app://other/index.html', 'file:///etc/passwd']) {
        expect(rendererFileOf(refused, folder, paths), refused).toBeNull()
      }
    })
  }
})

describe('the Content-Security-Policy', () => {
  it('sent as a header is the one index.html declares for the dev server', () => {
    const html = readFileSync(path.join(__dirname, '..', '..', 'src-renderer', 'index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBe(RENDERER_CSP)
    expect(RENDERER_CSP).toContain("script-src 'self'")
    expect(RENDERER_CSP).toContain("default-src 'none'")
  })
})
