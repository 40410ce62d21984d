import { extname } from 'node:path'

/**
 * The Content-Security-Policy of the renderer, sent as a response header by both ways of
 * serving it (the app:// scheme in Electron, the loopback host). index.html carries the
 * same policy in a meta tag for the dev server; a test keeps the two equal. `frame-src blob:`
 * lets the template editor show its PDF preview, made in the page as a blob.
 */
export const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; frame-src blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'"

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** The headers of one file of the built renderer. */
export function rendererHeaders(file: string): Record<string, string> {
  return {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': RENDERER_CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  }
}
