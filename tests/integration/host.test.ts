import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLoopbackHost, TOKEN_HEADER, type LoopbackHost } from '../../src-main/host/server'
import { RENDERER_CSP } from '../../src-main/renderer-headers'
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

/** A raw HTTP call, so that headers (Host, token) are exactly what the test says. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(host.url)
  return new Promise<{ status: number; body: string; type: string | undefined; csp: string | undefined }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            type: res.headers['content-type'],
            csp: res.headers['content-security-policy']?.toString(),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('loopback host', () => {
  it('binds 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/)
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' })
  })

  it('refuses a channel call without the token, or with a wrong one, with 401', async () => {
    const none = await send('/ipc/clients.list', { method: 'POST', body: '{}' })
    expect(none.status).toBe(401)
    expect(JSON.parse(none.body).error.code).toBe('UNAUTHORIZED')
    const wrong = await send('/ipc/clients.list', { method: 'POST', body: '{}', headers: { [TOKEN_HEADER]: 'x'.repeat(32) } })
    expect(wrong.status).toBe(401)
  })

  it('answers a channel call with the token through dispatch', async () => {
    await core.ok('clients.create', { code: 'C1', name: 'Café Léon', kind: 'pro' })
    const response = await send('/ipc/clients.list', { method: 'POST', body: '{}', headers: { [TOKEN_HEADER]: host.token } })
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, data: [{ code: 'C1', name: 'Café Léon' }] })
  })

  it('returns validation errors as data, and refuses unreadable JSON', async () => {
    const headers = { [TOKEN_HEADER]: host.token }
    const invalid = await send('/ipc/clients.create', { method: 'POST', body: '{"code":""}', headers })
    expect(JSON.parse(invalid.body).error.code).toBe('VALIDATION')
    const garbage = await send('/ipc/clients.create', { method: 'POST', body: '{code', headers })
    expect(garbage.status).toBe(400)
  })

  it('refuses another Host header (DNS rebinding) even with the token', async () => {
    const response = await send('/ipc/clients.list', {
      method: 'POST',
      body: '{}',
      headers: { [TOKEN_HEADER]: host.token, host: 'evil.example:80' },
    })
    expect(response.status).toBe(421)
  })

  it('serves the built renderer, and no file outside it', async () => {
    const index = await send('/')
    expect(index.status).toBe(200)
    expect(index.type).toContain('text/html')
    expect(index.body).toContain('<div id="root"></div>')
    expect(index.csp).toBe(RENDERER_CSP)
    const escape = await send('/../../package.json')
    expect(escape.body).not.toContain('"name": "encaisse"')
  })
})
