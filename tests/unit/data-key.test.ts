import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { dataKeySecretStore, loadOrCreateDataKey, type KeyProtector } from '../../src-main/mail/data-key'

const folder = mkdtempSync(join(tmpdir(), 'encaisse-data-key-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** A keychain that reverses its bytes: enough to see that the file never holds the key in clear. */
const reversing: KeyProtector = {
  protect: (plain) => Buffer.from(plain, 'utf8').reverse(),
  unprotect: (stored) => Buffer.from(stored).reverse().toString('utf8'),
}

describe('the data key of the SMTP password', () => {
  it('is made once, kept only under the keychain, and found again at the next start', () => {
    const file = join(folder, 'Encaisse', 'cle-des-secrets.bin')
    const first = loadOrCreateDataKey(file, reversing)
    expect(first).toHaveLength(32)
    expect(readFileSync(file).toString('utf8')).not.toContain(first.toString('base64'))
    expect(loadOrCreateDataKey(file, reversing).equals(first)).toBe(true)
  })

  it('encrypts a password that only the same key reads back, and refuses a changed byte', () => {
    const key = loadOrCreateDataKey(join(folder, 'k.bin'), reversing)
    const store = dataKeySecretStore(key)
    const stored = store.encrypt('mot de passe éé€')
    expect(stored).not.toContain('mot de passe')
    expect(store.encrypt('mot de passe éé€')).not.toBe(stored)
    expect(store.decrypt(stored)).toBe('mot de passe éé€')
    expect(() => dataKeySecretStore(Buffer.alloc(32, 7)).decrypt(stored)).toThrow()
    const bytes = Buffer.from(stored, 'base64')
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1)
    expect(() => store.decrypt(bytes.toString('base64'))).toThrow()
  })
})
