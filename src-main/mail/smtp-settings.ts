import type { SmtpFields, SmtpSettings } from '../../src-shared/contract/mail'
import { DomainError } from '../../src-shared/result'
import { readSetting, writeSetting } from '../data/queries/templates'
import type { Db } from '../data/open-dossier'
import type { MailContext } from './mail-context'

/**
 * The SMTP server of the dossier, in its settings. The password is never written in
 * clear: encrypted by the keychain the desktop gives, or, where there is none, held in
 * memory for this session only and asked again at the next start.
 */

const KEY = 'mail.smtp'

interface StoredSmtp extends SmtpFields {
  /** The keychain's ciphertext (base64); null when the password lives only in the session. */
  encryptedPassword: string | null
}

export function storedSmtp(db: Db): StoredSmtp | null {
  return readSetting<StoredSmtp | null>(db, KEY, null)
}

export function smtpSettings(db: Db, dossierPath: string, mail: MailContext): SmtpSettings {
  const stored = storedSmtp(db)
  const fields = stored ? (({ encryptedPassword: _secret, ...rest }) => rest)(stored) : null
  const password = stored?.encryptedPassword && mail.secrets ? 'keychain' : mail.sessionPasswords.has(dossierPath) ? 'session' : 'missing'
  return { fields, password, keychainAvailable: mail.secrets !== null }
}

/** Writes the server; a new password goes to the keychain, or to the session where there is none. */
export function saveSmtp(db: Db, dossierPath: string, mail: MailContext, fields: SmtpFields, password: string | undefined): void {
  const previous = storedSmtp(db)
  let encryptedPassword = previous?.encryptedPassword ?? null
  if (password !== undefined) {
    if (mail.secrets) encryptedPassword = mail.secrets.encrypt(password)
    else mail.sessionPasswords.set(dossierPath, password)
  }
  writeSetting(db, KEY, { ...fields, encryptedPassword })
}

export interface SmtpAccess {
  settings: SmtpFields
  /** Undefined when the server asks for none (no user set). */
  password: string | undefined
}

/** What a transport needs, or a French refusal naming what is missing. */
export function smtpAccess(db: Db, dossierPath: string, mail: MailContext): SmtpAccess {
  const stored = storedSmtp(db)
  if (!stored) throw new DomainError('VALIDATION', 'Aucun serveur d’envoi n’est réglé : Paramètres → Messagerie.')
  const { encryptedPassword, ...settings } = stored
  if (!settings.user) return { settings, password: undefined }
  const password = encryptedPassword && mail.secrets ? mail.secrets.decrypt(encryptedPassword) : mail.sessionPasswords.get(dossierPath)
  if (password === undefined) {
    throw new DomainError('VALIDATION', 'Le mot de passe du serveur d’envoi est demandé une fois par session : saisissez-le dans Paramètres → Messagerie.', {
      needsPassword: true,
    })
  }
  return { settings, password }
}
