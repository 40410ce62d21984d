import { execFileSync, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { letterDossier, type LetterDossier } from '../helpers/letter-dossier'
import { actionRow, validatedAction } from '../helpers/reminder-actions'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-test-server'
import { createTestCore, REPO_ROOT, type TestCore } from '../helpers/test-core'

let core: TestCore
let dossier: LetterDossier
let servers: TestSmtpServer[] = []
beforeEach(async () => {
  core = createTestCore({ today: '2026-11-23' })
  dossier = await letterDossier(core)
})
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()))
  servers = []
  core.dispose()
})

async function server(options: Parameters<typeof startSmtpServer>[0] = {}): Promise<TestSmtpServer> {
  const started = await startSmtpServer(options)
  servers.push(started)
  return started
}

const SENDER = { security: 'none' as const, senderName: 'Atelier Mercier', senderAddress: 'compta@atelier-mercier.fr', replyTo: 'claire@atelier-mercier.fr', copyToSelf: false }
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

function emailAction(clientId: number, code: string, invoiceNumbers: string[]): number {
  return validatedAction(core.session.current.sqlite, { clientId, templateCode: code, channel: 'email', invoiceIds: invoiceNumbers.map((n) => dossier.invoiceIds[n]!) })
}

describe('the outbox', () => {
  it('queues a validated e-mail with its PDF, sends it to the SMTP server, and records the server’s answer', async () => {
    const smtp = await server()
    await core.ok('mail.saveSettings', { host: '127.0.0.1', port: smtp.port, ...SENDER })
    const action = emailAction(dossier.proId, 'email-relance-2', ['FA-2026-0815', 'FA-2026-0902'])
    expect(await core.ok('mail.enqueue', {})).toEqual({ queued: 1, refused: [] })
    // Queued once: a second call finds nothing new.
    expect(await core.ok('mail.enqueue', {})).toEqual({ queued: 0, refused: [] })
    const [queued] = await core.ok('mail.outbox', {})
    expect(queued).toMatchObject({ status: 'queued', to: 'compta@dupre.fr', attachments: ['2026-11-23_relance-2_C0042_Etablissements-Dupre-Fils.pdf'] })
    expect(queued!.messageId).toMatch(/^<[0-9a-f-]{36}@atelier-mercier\.fr>$/)

    expect(await core.ok('mail.send', {})).toEqual({ sent: 1, waiting: 0, failed: 0 })
    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0]!
    expect(mail.messageId).toBe(queued!.messageId)
    expect(mail.subject).toBe('Deuxième relance : factures impayées — Atelier Mercier SARL')
    expect(mail.from?.value).toEqual([{ name: 'Atelier Mercier', address: 'compta@atelier-mercier.fr' }])
    expect(mail.replyTo?.text).toBe('claire@atelier-mercier.fr')
    expect(plain(mail.text ?? '')).toContain('- Facture FA-2026-0902 du 02/09/2026, échéance 02/10/2026 : 5 000,00 €, reste dû 4 000,00 €')
    expect(plain(mail.text ?? '')).toContain('Merci de nous régler la somme de 5 424,31 € au plus tard le 1er décembre 2026')
    expect(mail.attachments).toHaveLength(1)
    const pdf = mail.attachments[0]!
    expect(pdf.filename).toBe('2026-11-23_relance-2_C0042_Etablissements-Dupre-Fils.pdf')
    expect(pdf.contentType).toBe('application/pdf')
    const path = join(core.folder, 'attachment.pdf')
    writeFileSync(path, pdf.content)
    const text = plain(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ')
    expect(text).toContain('Total dû au 23/11/2026 5 424,31 €')

    const [sent] = await core.ok('mail.outbox', {})
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null })
    expect(sent!.serverResponse).toMatch(/^250 /)
    expect(actionRow(core.session.current.sqlite, action).status).toBe('sent')
    expect((await core.ok('timeline.list', { clientId: dossier.proId }))[0]?.body).toBe(
      'E-mail envoyé à compta@dupre.fr : Deuxième relance : factures impayées — Atelier Mercier SARL',
    )
    // Nothing is sent twice.
    expect(await core.ok('mail.send', { now: true })).toEqual({ sent: 0, waiting: 0, failed: 0 })
    expect(smtp.received).toHaveLength(1)
  })

  it('keeps a message queued while the server is down, and sends it once when it is up', async () => {
    const down = await startSmtpServer()
    const port = down.port
    await down.close()
    await core.ok('mail.saveSettings', { host: '127.0.0.1', port, ...SENDER })
    emailAction(dossier.consumerId, 'email-relance-1', ['FA-2026-0950'])
    await core.ok('mail.enqueue', {})

    expect(await core.ok('mail.send', {})).toEqual({ sent: 0, waiting: 1, failed: 0 })
    const [waiting] = await core.ok('mail.outbox', {})
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 })
    expect(waiting!.lastError).toMatch(/^Serveur injoignable/)
    expect(waiting!.nextAttemptAt).not.toBeNull()
    // Before the retry time, a plain run leaves it alone.
    expect(await core.ok('mail.send', {})).toEqual({ sent: 0, waiting: 0, failed: 0 })

    const up = await server({ port })
    expect(await core.ok('mail.send', { now: true })).toEqual({ sent: 1, waiting: 0, failed: 0 })
    expect(await core.ok('mail.send', { now: true })).toEqual({ sent: 0, waiting: 0, failed: 0 })
    expect(up.received).toHaveLength(1)
    expect(up.received[0]!.messageId).toBe(waiting!.messageId)
    expect((await core.ok('mail.outbox', {}))[0]).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('never sends again by itself a message whose sender was killed after the server took it', async () => {
    let child: ReturnType<typeof spawn> | null = null
    const killed = new Promise<void>((resolve) => {
      void server({
        beforeAccept: () => {
          child?.kill('SIGKILL')
          resolve()
        },
      }).then(async (smtp) => {
        await core.ok('mail.saveSettings', { host: '127.0.0.1', port: smtp.port, ...SENDER })
        emailAction(dossier.proId, 'email-relance-1', ['FA-2026-0815'])
        await core.ok('mail.enqueue', {})
        // tsx loaded in the process itself (its CLI would run the script in a grandchild that the kill would miss).
        child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'tests', 'helpers', 'outbox-sender.ts'), core.session.current.path, join(core.folder, 'child-data')], {
          cwd: REPO_ROOT,
          stdio: 'ignore',
        })
      })
    })
    await killed
    await new Promise<void>((resolve) => (child!.exitCode !== null || child!.signalCode !== null ? resolve() : child!.once('exit', () => resolve())))
    const smtp = servers[0]!
    expect(smtp.received).toHaveLength(1)
    expect((await core.ok('mail.outbox', {}))[0]).toMatchObject({ status: 'sending', attempts: 1 })

    // The next run finds it abandoned mid-send: set aside for the user to check, not sent again.
    expect(await core.ok('mail.send', { now: true })).toEqual({ sent: 0, waiting: 0, failed: 0 })
    const [interrupted] = await core.ok('mail.outbox', {})
    expect(interrupted).toMatchObject({ status: 'failed' })
    expect(interrupted!.lastError).toContain('le serveur a peut-être reçu ce message')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(smtp.received).toHaveLength(1)
  }, 60_000)

  it('exports a queued message as .eml with the same message id and attachment', async () => {
    await core.ok('mail.saveSettings', { host: '127.0.0.1', port: 2525, ...SENDER })
    emailAction(dossier.proId, 'email-mise-en-demeure', ['FA-2026-0815'])
    await core.ok('mail.enqueue', {})
    const [queued] = await core.ok('mail.outbox', {})
    const file = await core.ok('mail.exportEml', { id: queued!.id })
    expect(file.mimeType).toBe('message/rfc822')
    const eml = await simpleParser(Buffer.from(file.base64, 'base64'))
    expect(eml.messageId).toBe(queued!.messageId)
    expect(eml.subject).toBe('Mise en demeure de payer — Atelier Mercier SARL')
    expect(eml.attachments.map((a) => a.filename)).toEqual(['2026-11-23_mise-en-demeure_C0042_Etablissements-Dupre-Fils.pdf'])
  })
})

describe('the SMTP password', () => {
  it('is kept for the session only where no keychain exists, never written, and asked again after a restart', async () => {
    const smtp = await server({ auth: { user: 'compta', pass: 's3cret « é »' } })
    const settings = await core.ok('mail.saveSettings', { host: '127.0.0.1', port: smtp.port, user: 'compta', password: 's3cret « é »', ...SENDER })
    expect(settings).toMatchObject({ password: 'session', keychainAvailable: false })
    const stored = core.session.current.sqlite.prepare("SELECT value FROM settings WHERE key = 'mail.smtp'").pluck().get() as string
    expect(stored).not.toContain('s3cret')
    expect(JSON.parse(stored)).toMatchObject({ user: 'compta', encryptedPassword: null })

    expect(await core.ok('mail.test', {})).toMatchObject({ to: 'compta@atelier-mercier.fr' })
    expect(smtp.received.map((mail) => mail.subject)).toEqual(['Encaisse : message d’essai'])

    // A new session (same dossier, new process state): the password is asked again.
    const path = core.session.current.path
    core.session.close()
    const { startCore } = await import('../../src-main/core')
    const again = startCore({ dossierPath: path, userData: join(core.folder, 'again'), today: '2026-11-23' })
    try {
      expect((await again.call('mail.settings', {})) as unknown).toMatchObject({ ok: true, data: { password: 'missing' } })
      const refused = await again.call('mail.test', {})
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect(refused.ok ? '' : refused.error.message).toContain('demandé une fois par session')
      expect(await again.call('mail.sessionPassword', { password: 's3cret « é »' })).toMatchObject({ ok: true, data: { password: 'session' } })
      expect(await again.call('mail.test', {})).toMatchObject({ ok: true })
      expect(smtp.received).toHaveLength(2)
    } finally {
      again.close()
    }
  })
})
