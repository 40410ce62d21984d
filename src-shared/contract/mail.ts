import { z } from 'zod'
import { defineChannel } from './channel'
import type { ExportedFile } from './exported-file'
import { entityId, optionalText, requiredText } from './fields'

/** The e-mail outbox and its SMTP server (Paramètres → Messagerie). */

export const SMTP_SECURITIES = ['tls', 'starttls', 'none'] as const

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/
const email = (label: string) => requiredText(label, 200).refine((value) => EMAIL.test(value), { error: `${label} : adresse e-mail invalide.` })
const optionalEmail = (label: string) =>
  optionalText(label, 200).refine((value) => value === undefined || EMAIL.test(value), { error: `${label} : adresse e-mail invalide.` })

export const smtpFields = z.object({
  host: requiredText('Le serveur SMTP', 200),
  port: z.number({ error: 'Le port doit être un nombre.' }).int().min(1, { error: 'Port invalide.' }).max(65535, { error: 'Port invalide.' }),
  security: z.enum(SMTP_SECURITIES, { error: 'Choisissez la sécurité de la connexion.' }),
  user: optionalText('L’identifiant', 200),
  senderName: requiredText('Le nom de l’expéditeur', 200),
  senderAddress: email('L’adresse de l’expéditeur'),
  replyTo: optionalEmail('L’adresse de réponse'),
  copyToSelf: z.boolean().default(false),
})

export type SmtpFields = z.output<typeof smtpFields>

export interface SmtpSettings {
  fields: SmtpFields | null
  /** Where the password is kept: encrypted by the system keychain, for this session only, or nowhere yet. */
  password: 'keychain' | 'session' | 'missing'
  /** False where no keychain exists: the password is then asked once per session. */
  keychainAvailable: boolean
}

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const

export interface OutboxMessage {
  id: number
  actionId: number | null
  clientName: string | null
  to: string
  subject: string
  status: (typeof OUTBOX_STATUSES)[number]
  attempts: number
  lastError: string | null
  nextAttemptAt: string | null
  sentAt: string | null
  messageId: string
  serverResponse: string | null
  attachments: string[]
}

export interface SendOutcome {
  sent: number
  /** Still queued: the server did not answer, tried again later. */
  waiting: number
  failed: number
}

export const mailChannels = {
  'mail.settings': defineChannel<SmtpSettings>()(z.object({})),
  /** Saves the server; a password given is encrypted by the keychain, or kept for this session only where there is none. */
  'mail.saveSettings': defineChannel<SmtpSettings>()(smtpFields.extend({ password: optionalText('Le mot de passe', 500) })),
  /** The password typed once per session where no keychain exists; never written. */
  'mail.sessionPassword': defineChannel<SmtpSettings>()(z.object({ password: requiredText('Le mot de passe', 500) })),
  'mail.test': defineChannel<{ to: string; serverResponse: string }>()(z.object({})),
  /** Puts the validated e-mail actions in the outbox, each with its PDF and a message id fixed now. */
  'mail.enqueue': defineChannel<{ queued: number; refused: Array<{ actionId: number; clientName: string; message: string }> }>()(z.object({})),
  'mail.outbox': defineChannel<OutboxMessage[]>()(z.object({})),
  /** Sends what is due (everything queued with `now`); a message the server may have received is never sent again by itself. */
  'mail.send': defineChannel<SendOutcome>()(z.object({ now: z.boolean().default(false) })),
  /** Sends a failed message again, with the same message id. */
  'mail.retry': defineChannel<OutboxMessage>()(z.object({ id: entityId })),
  'mail.cancel': defineChannel<OutboxMessage>()(z.object({ id: entityId })),
  'mail.exportEml': defineChannel<ExportedFile>()(z.object({ id: entityId })),
}
