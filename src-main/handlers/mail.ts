import MailComposer from 'nodemailer/lib/mail-composer'
import type { mailChannels, OutboxMessage } from '../../src-shared/contract/mail'
import { DomainError } from '../../src-shared/result'
import { cancelMessage, outboxMessages, outgoingMessage, requeue } from '../data/queries/outbox'
import { inTransaction } from '../data/transaction'
import type { Ctx } from '../context'
import { enqueueValidatedEmails } from '../mail/enqueue-emails'
import { sendDueMessages } from '../mail/send-outbox'
import { saveSmtp, smtpAccess, smtpSettings, storedSmtp } from '../mail/smtp-settings'
import { mailOptions, smtpTransport } from '../mail/smtp-transport'
import type { HandlersOf } from './handler'

function messageOrRefuse(ctx: Ctx, id: number): OutboxMessage {
  const message = outboxMessages(ctx.db).find((row) => row.id === id)
  if (!message) throw new DomainError('NOT_FOUND', 'Ce message n’est plus dans la boîte d’envoi.')
  return message
}

export const mailHandlers = {
  'mail.settings': (ctx) => smtpSettings(ctx.db, ctx.dossier.path, ctx.mail),

  'mail.saveSettings': (ctx, input) => {
    const { password, ...fields } = input
    inTransaction(ctx.dossier, () => saveSmtp(ctx.db, ctx.dossier.path, ctx.mail, fields, password))
    return smtpSettings(ctx.db, ctx.dossier.path, ctx.mail)
  },

  'mail.sessionPassword': (ctx, input) => {
    if (!storedSmtp(ctx.db)) throw new DomainError('VALIDATION', 'Réglez d’abord le serveur d’envoi.')
    ctx.mail.sessionPasswords.set(ctx.dossier.path, input.password)
    return smtpSettings(ctx.db, ctx.dossier.path, ctx.mail)
  },

  'mail.test': async (ctx) => {
    const access = smtpAccess(ctx.db, ctx.dossier.path, ctx.mail)
    const transport = smtpTransport(access)
    try {
      const info = (await transport.sendMail({
        ...mailOptions(access, { messageId: '', to: access.settings.senderAddress, cc: null, subject: 'Encaisse : message d’essai', body: '', attachments: [] }, ctx.mail.now()),
        messageId: undefined,
        bcc: undefined,
        text: 'Ce message d’essai confirme que le serveur d’envoi réglé dans Encaisse fonctionne.',
      })) as { response?: string }
      return { to: access.settings.senderAddress, serverResponse: info.response ?? '' }
    } catch (error) {
      throw new DomainError('VALIDATION', `Le message d’essai n’est pas parti : ${(error as Error).message}`)
    } finally {
      transport.close()
    }
  },

  'mail.enqueue': (ctx) => enqueueValidatedEmails(ctx.dossier, ctx.today()),

  'mail.outbox': (ctx) => outboxMessages(ctx.db),

  'mail.send': (ctx, input) => sendDueMessages(ctx.dossier, smtpAccess(ctx.db, ctx.dossier.path, ctx.mail), ctx.mail, ctx.today(), input.now),

  'mail.retry': (ctx, input) => {
    inTransaction(ctx.dossier, () => {
      if (!requeue(ctx.db, input.id, ['failed', 'cancelled'])) throw new DomainError('CONFLICT', 'Seul un message en échec ou annulé peut être renvoyé.')
    })
    return messageOrRefuse(ctx, input.id)
  },

  'mail.cancel': (ctx, input) => {
    inTransaction(ctx.dossier, () => {
      if (!cancelMessage(ctx.db, input.id)) throw new DomainError('CONFLICT', 'Ce message est déjà envoyé (ou en cours d’envoi).')
    })
    return messageOrRefuse(ctx, input.id)
  },

  'mail.exportEml': async (ctx, input) => {
    const message = outgoingMessage(ctx.db, input.id)
    const settings = storedSmtp(ctx.db)
    if (!message) throw new DomainError('NOT_FOUND', 'Ce message n’est plus dans la boîte d’envoi.')
    if (!settings) throw new DomainError('VALIDATION', 'Réglez l’expéditeur (Paramètres → Messagerie) pour exporter le message.')
    const eml = await new MailComposer(mailOptions({ settings }, message, ctx.mail.now())).compile().build()
    return { fileName: `message-${input.id}.eml`, mimeType: 'message/rfc822', base64: eml.toString('base64') }
  },
} satisfies HandlersOf<typeof mailChannels>
