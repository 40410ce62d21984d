import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, normalize, sep } from 'node:path'
import type { Result } from '../../src-shared/result'
import { rendererHeaders } from '../renderer-headers'

/** Request header carrying the per-launch token; the renderer reads the token from its URL. */
export const TOKEN_HEADER = 'x-encaisse-token'
const MAX_BODY_BYTES = 50 * 1024 * 1024

export interface LoopbackHost {
  url: string
  token: string
  server: Server
  close(): Promise<void>
}

export type ChannelCaller = (channel: string, input: unknown) => Promise<Result<unknown>>

/**
 * Serves the built renderer and the channel table on 127.0.0.1 only. Every channel call
 * needs the token printed at launch, and the Host header must be our own address, so
 * another local user, a web page or a DNS-rebinding attack cannot drive the dossier.
 */
export async function startLoopbackHost(rendererFolder: string, call: ChannelCaller): Promise<LoopbackHost> {
  const token = randomBytes(24).toString('base64url')
  let origin = ''
  const server = createServer((req, res) => {
    handleRequest(req, res, { rendererFolder, call, token, origin }).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        res.setHeader('connection', 'close')
        return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: 'Requête trop volumineuse (50 Mio au plus).' } })
      }
      // The detail goes to the host's console, never to the page.
      console.error('host.failed', error)
      sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Erreur inattendue du serveur local ; le détail est dans sa console.' } })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  origin = `127.0.0.1:${port}`
  return {
    url: `http://${origin}/?token=${token}`,
    token,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // A browser keeps idle keep-alive connections open; they must not hold the stop.
        server.closeAllConnections()
      }),
  }
}

interface HostState {
  rendererFolder: string
  call: ChannelCaller
  token: string
  origin: string
}

async function handleRequest(req: IncomingMessage, res: ServerResponse, state: HostState): Promise<void> {
  if (req.headers.host !== state.origin) return sendJson(res, 421, unauthorized('Hôte non autorisé.'))
  // A page of another site may send requests here; the browser names it in Origin.
  const from = req.headers.origin
  if (from !== undefined && from !== `http://${state.origin}`) return sendJson(res, 403, unauthorized('Origine non autorisée.'))
  const url = new URL(req.url ?? '/', `http://${state.origin}`)
  if (url.pathname.startsWith('/ipc/')) {
    if (req.method !== 'POST') return sendJson(res, 405, unauthorized('Méthode non autorisée.'))
    if (!tokenMatches(req.headers[TOKEN_HEADER], state.token)) {
      return sendJson(res, 401, unauthorized('Jeton absent ou invalide : rouvrez l’adresse affichée au lancement.'))
    }
    const channel = decoded(url.pathname.slice('/ipc/'.length))
    if (channel === null) return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Adresse illisible (échappement % invalide).' } })
    const body = await readBody(req)
    let input: unknown
    try {
      input = body.length === 0 ? {} : JSON.parse(body)
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Requête illisible (JSON invalide).' } })
    }
    return sendJson(res, 200, await state.call(channel, input))
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, unauthorized('Méthode non autorisée.'))
  serveStatic(res, state.rendererFolder, url.pathname)
}

class BodyTooLarge extends Error {}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

function unauthorized(message: string) {
  return { ok: false, error: { code: 'UNAUTHORIZED', message } }
}

function tokenMatches(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== 'string') return false
  const a = Buffer.from(sent)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        // The rest is read and dropped, so that the client hears the 413 instead of a reset connection.
        req.removeAllListeners('data')
        req.resume()
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(text)
}

/** Files of the built renderer; unknown paths get index.html (the app routes itself). */
function serveStatic(res: ServerResponse, folder: string, pathname: string): void {
  const path = decoded(pathname)
  if (path === null) return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Adresse illisible (échappement % invalide).' } })
  const relative = normalize(path).replace(/^([/\\])+/, '')
  let file = join(folder, relative)
  if (!file.startsWith(folder + sep) && file !== folder) return sendJson(res, 404, unauthorized('Introuvable.'))
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(folder, 'index.html')
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    res.end("L'interface n'est pas construite : lancez « npm run build ».")
    return
  }
  res.writeHead(200, rendererHeaders(file))
  createReadStream(file).pipe(res)
}
