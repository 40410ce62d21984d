import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { SecretStore } from './mail-context'

/**
 * The core runs in a worker thread, where Electron's keychain (safeStorage) cannot be
 * reached: the main thread unlocks a random data key kept under the keychain and hands it
 * to the core, which encrypts secrets with it (as Chromium's own os_crypt does). The key
 * never lies on disk in clear; a stolen dossier or key file alone reveals nothing.
 */

const KEY_BYTES = 32
const NONCE_BYTES = 12
const TAG_BYTES = 16

/** What protects the data key at rest: the operating system's keychain in the desktop app. */
export interface KeyProtector {
  protect(plain: string): Buffer
  unprotect(stored: Buffer): string
}

/** The data key from its file, unlocked by the keychain; made and saved on first use. */
export function loadOrCreateDataKey(file: string, keychain: KeyProtector): Buffer {
  if (existsSync(file)) return Buffer.from(keychain.unprotect(readFileSync(file)), 'base64')
  const key = randomBytes(KEY_BYTES)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, keychain.protect(key.toString('base64')), { mode: 0o600 })
  return key
}

/** AES-256-GCM under the data key: base64 of nonce, tag and ciphertext; a changed byte is refused. */
export function dataKeySecretStore(key: Buffer): SecretStore {
  if (key.length !== KEY_BYTES) throw new Error(`data key must be ${KEY_BYTES} bytes`)
  return {
    encrypt(plain) {
      const nonce = randomBytes(NONCE_BYTES)
      const cipher = createCipheriv('aes-256-gcm', key, nonce)
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([nonce, cipher.getAuthTag(), sealed]).toString('base64')
    },
    decrypt(stored) {
      const bytes = Buffer.from(stored, 'base64')
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES))
      decipher.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES))
      return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')
    },
  }
}
