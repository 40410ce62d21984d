import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { protocol, type Session } from 'electron'
import { APP_SCHEME, rendererFileOf } from './app-address'
import { rendererHeaders } from '../renderer-headers'

/**
 * Declares app:// before the app is ready, as a standard secure scheme: the renderer gets a
 * real origin ('self' in its CSP, relative URLs), the same on every PC whatever the install path.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Serves the built renderer's files under app://, each with the CSP as a response header. */
export function serveRenderer(session: Session, rendererFolder: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileOf(request.url, rendererFolder, path)
    if (!file) return new Response('Introuvable.', { status: 404 })
    try {
      return new Response(await readFile(file), { headers: rendererHeaders(file) })
    } catch {
      return new Response('Introuvable.', { status: 404 })
    }
  })
}
