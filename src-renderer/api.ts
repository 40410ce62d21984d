import type { ChannelInput, ChannelName, ChannelOutput } from '../src-shared/contract'
import type { Result } from '../src-shared/result'
import { fr } from './i18n/fr'

interface Bridge {
  invoke(channel: string, input: unknown): Promise<unknown>
}

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when served by the loopback host. */
    api?: Bridge
  }
}

const TOKEN_KEY = 'encaisse.token'

/**
 * The loopback host prints a URL carrying a per-launch token. It is kept for this tab
 * only (sessionStorage survives a reload) and removed from the address bar.
 */
function hostToken(): string {
  const params = new URLSearchParams(window.location.search)
  const fromUrl = params.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    params.delete('token')
    const query = params.toString()
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

const token = window.api ? '' : hostToken()

async function overHttp(channel: string, input: unknown): Promise<unknown> {
  try {
    const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-encaisse-token': token },
      body: JSON.stringify(input ?? {}),
    })
    if (response.status === 401) return { ok: false, error: { code: 'UNAUTHORIZED', message: fr.errors.unauthorized } }
    return await response.json()
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: fr.errors.unreachable } }
  }
}

/** The one way the renderer talks to the core: Electron IPC when present, else the host. */
export function invoke<N extends ChannelName>(channel: N, input: ChannelInput<N>): Promise<Result<ChannelOutput<N>>> {
  const call = window.api ? window.api.invoke(channel, input) : overHttp(channel, input)
  return call as Promise<Result<ChannelOutput<N>>>
}
