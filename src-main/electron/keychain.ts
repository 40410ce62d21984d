import { safeStorage } from 'electron'
import type { KeyProtector } from '../mail/data-key'

/**
 * The system keychain (DPAPI, Keychain, libsecret/kwallet) through safeStorage. On Linux
 * without a keychain Electron falls back to a hard-coded key ('basic_text'), which protects
 * nothing: then there is none, and the SMTP password is asked once per session.
 */
export function systemKeychain(): KeyProtector | null {
  if (!safeStorage.isEncryptionAvailable()) return null
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null
  return {
    protect: (plain) => safeStorage.encryptString(plain),
    unprotect: (stored) => safeStorage.decryptString(stored),
  }
}
