import { posix, type PlatformPath } from 'node:path'

// The renderer's address and the checks made against it, as pure functions (no Electron):
// tested on Windows, macOS and Linux install paths alike (tests/unit/app-address.test.ts).

/** The built renderer is served under this scheme (protocol.handle), never as file:// paths. */
export const APP_SCHEME = 'app'
const APP_HOST = 'encaisse'

/** The address the window loads: the dev server's in development, else the app scheme's, the same on every PC. */
export function rendererUrl(devServerUrl?: string): string {
  return devServerUrl || `${APP_SCHEME}://${APP_HOST}/index.html`
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True for an address of our renderer, whatever its path, query or #fragment: compared as
 * a parsed URL (scheme, host, no credentials, no port), never as a string, so Chromium's
 * canonical form of the same address is recognised.
 */
export function isAppAddress(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url)
  if (!parsed || parsed.username !== '' || parsed.password !== '') return false
  if (devServerUrl) {
    const dev = parse(devServerUrl)
    return dev !== null && dev.origin !== 'null' && parsed.origin === dev.origin
  }
  // Node's URL keeps a custom scheme's host as written; Chromium lowercases a standard scheme's.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST
}

/** An IPC caller we answer: the window's own top frame showing our renderer; any other frame is refused. */
export function isTrustedCaller(frame: { url: string; isMainFrame: boolean } | null | undefined, devServerUrl?: string): boolean {
  return frame !== null && frame !== undefined && frame.isMainFrame && isAppAddress(frame.url, devServerUrl)
}

/**
 * The file of the built renderer an app:// request asks for, inside `rendererFolder` (a path
 * of the running system: pass path.win32 to reason about a Windows install). Null for
 * another host or scheme, an undecodable path, or one climbing out of the folder.
 */
export function rendererFileOf(requestUrl: string, rendererFolder: string, paths: PlatformPath): string | null {
  const parsed = parse(requestUrl)
  if (!parsed || !isAppAddress(requestUrl)) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const relative = posix.normalize(pathname === '/' ? '/index.html' : pathname).replace(/^\/+/, '')
  const root = paths.resolve(rendererFolder)
  const file = paths.resolve(root, ...relative.split('/'))
  return file.startsWith(root + paths.sep) ? file : null
}
