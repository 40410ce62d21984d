import { safeStorage } from 'electron'
import type { SecretStore } from '../mail/mail-context'

/**
 * The SMTP password encrypted by the system keychain (DPAPI, Keychain, libsecret/kwallet).
 * On Linux without a keychain Electron falls back to a hard-coded key ('basic_text'),
 * which protects nothing: then there is no store, and the password is asked per session.
 */
export function safeStorageSecrets(): SecretStore | null {
  if (!safeStorage.isEncryptionAvailable()) return null
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null
  return {
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  }
}
