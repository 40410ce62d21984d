import { shell, type Session, type WebContents } from 'electron'
import { isAppAddress } from './app-address'

/** Sites the user may be sent to from the app (law texts, official rates), in their browser. */
const EXTERNAL_HOSTS = new Set([
  'www.legifrance.gouv.fr',
  'www.service-public.fr',
  'entreprendre.service-public.fr',
  'www.banque-france.fr',
  'www.ecb.europa.eu',
  'annuaire-entreprises.data.gouv.fr',
])

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && EXTERNAL_HOSTS.has(parsed.hostname)
  } catch {
    return false
  }
}

/** No permission (camera, notifications, geolocation…) is ever needed by Encaisse. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * The window never navigates away from the app and opens no window of its own; links to
 * allow-listed https sites go to the user's browser, everything else is dropped.
 */
export function lockDownContents(contents: WebContents): void {
  const devServer = process.env.ELECTRON_RENDERER_URL
  contents.on('will-navigate', (event, url) => {
    if (!isAppAddress(url, devServer)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}
