import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLoopbackHost, TOKEN_HEADER, type LoopbackHost } from '../../src-main/host/server'
import { createTestCore, REPO_ROOT, type TestCore } from '../helpers/test-core'

let core: TestCore
let host: LoopbackHost

beforeAll(async () => {
  core = createTestCore()
  host = await startLoopbackHost(join(REPO_ROOT, 'out', 'renderer'), core.callByName)
})
afterAll(async () => {
  await host.close()
  core.dispose()
})

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}) {
  const url = new URL(host.url)
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers: { host: url.host, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const withToken = (headers: Record<string, string> = {}) => ({ [TOKEN_HEADER]: host.token, ...headers })

describe('loopback host hardening', () => {
  it('answers 400 in French to a malformed % escape, without echoing an exception', async () => {
    for (const path of ['/ipc/clients.%E0%A4%A', '/%E0%A4%A']) {
      const answer = await send(path, { method: path.startsWith('/ipc') ? 'POST' : 'GET', headers: withToken() })
      expect(answer.status).toBe(400)
      expect(JSON.parse(answer.body).error.message).toBe('Adresse illisible (échappement % invalide).')
      expect(answer.body).not.toMatch(/URIError|URI malformed/)
    }
  })

  it('answers 413 to a body over 50 MiB, and nothing is called', async () => {
    const answer = await send('/ipc/clients.create', { method: 'POST', headers: withToken(), body: Buffer.alloc(51 * 1024 * 1024, 0x20) })
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body).error.message).toContain('trop volumineuse')
    expect(core.count('clients')).toBe(0)
  })

  it('refuses a call sent from another site’s page (Origin), even with the token', async () => {
    const foreign = await send('/ipc/clients.list', { method: 'POST', headers: withToken({ origin: 'http://evil.example' }), body: '{}' })
    expect(foreign.status).toBe(403)
    const own = await send('/ipc/clients.list', { method: 'POST', headers: withToken({ origin: `http://${new URL(host.url).host}` }), body: '{}' })
    expect(own.status).toBe(200)
  })
})
