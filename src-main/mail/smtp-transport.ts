import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'
import type { SmtpAccess } from './smtp-settings'

/** Timeouts short enough that an office without a connection learns it in seconds, not minutes. */
const TIMEOUT_MS = 15_000

export function smtpTransport({ settings, password }: SmtpAccess): Transporter {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.user ? { user: settings.user, pass: password ?? '' } : undefined,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS * 2,
  })
}

export interface OutgoingMail {
  messageId: string
  to: string
  cc: string | null
  subject: string
  body: string
  attachments: Array<{ fileName: string; mimeType: string; content: Buffer }>
}

/** The message as nodemailer sends it (and as the .eml export writes it): the id fixed at queueing, always. */
export function mailOptions(access: Pick<SmtpAccess, 'settings'>, mail: OutgoingMail, date: Date): SendMailOptions {
  const { settings } = access
  return {
    messageId: mail.messageId,
    date,
    from: { name: settings.senderName, address: settings.senderAddress },
    to: mail.to,
    cc: mail.cc ?? undefined,
    bcc: settings.copyToSelf ? settings.senderAddress : undefined,
    replyTo: settings.replyTo,
    subject: mail.subject,
    text: mail.body,
    attachments: mail.attachments.map((attachment) => ({ filename: attachment.fileName, contentType: attachment.mimeType, content: attachment.content })),
  }
}
