/**
 * What the mail outbox needs from its host, given to the core at start (DESIGN: the core
 * never imports electron): a keychain to encrypt the SMTP password when the desktop has
 * one, the passwords typed for this session only where it has none, and the clock.
 */

/** Encrypts secrets with the operating system's keychain (Electron safeStorage in the desktop app). */
export interface SecretStore {
  encrypt(plain: string): string
  decrypt(stored: string): string
}

export interface MailContext {
  /** Null where no keychain protects a stored secret (the loopback host, a Linux without one). */
  secrets: SecretStore | null
  /** SMTP passwords typed this session, by dossier path: kept in memory, never written. */
  sessionPasswords: Map<string, string>
  now(): Date
}

export function mailContext(secrets: SecretStore | null = null): MailContext {
  return { secrets, sessionPasswords: new Map(), now: () => new Date() }
}
