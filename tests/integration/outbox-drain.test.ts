import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { letterDossier, type LetterDossier } from '../helpers/letter-dossier'
import { actionRow, validatedAction } from '../helpers/reminder-actions'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-test-server'
import { createTestCore, type TestCore } from '../helpers/test-core'

/** The core sends its outbox by itself this often here (every minute in the app and the host). */
const EVERY_MS = 100

let core: TestCore
let dossier: LetterDossier
let servers: TestSmtpServer[] = []
beforeEach(async () => {
  core = createTestCore({ today: '2026-11-23', outboxEveryMs: EVERY_MS })
  dossier = await letterDossier(core)
})
afterEach(async () => {
  core.dispose()
  await Promise.all(servers.map((server) => server.close()))
  servers = []
})

const SENDER = { security: 'none' as const, senderName: 'Atelier Mercier', senderAddress: 'compta@atelier-mercier.fr', copyToSelf: false }
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const limit = Date.now() + 10_000
  while (!(await condition())) {
    if (Date.now() > limit) throw new Error(`still waiting for ${what}`)
    await pause(20)
  }
}

function emailAction(clientId: number, invoiceNumber: string): number {
  return validatedAction(core.session.current.sqlite, { clientId, templateCode: 'email-relance-1', channel: 'email', invoiceIds: [dossier.invoiceIds[invoiceNumber]!] })
}

describe('the outbox sent by the core in the background', () => {
  it('queues and sends a validated e-mail with no call from the Courriers page, once', async () => {
    const smtp = await startSmtpServer()
    servers.push(smtp)
    await core.ok('mail.saveSettings', { host: '127.0.0.1', port: smtp.port, ...SENDER })
    const action = emailAction(dossier.proId, 'FA-2026-0815')

    await until(() => smtp.received.length === 1, 'the message on the server')
    await until(() => actionRow(core.session.current.sqlite, action).status === 'sent', 'the action recorded as sent')
    const [sent] = await core.ok('mail.outbox', {})
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, to: 'compta@dupre.fr' })
    expect(smtp.received[0]!.messageId).toBe(sent!.messageId)
    expect(smtp.received[0]!.attachments.map((a) => a.filename)).toEqual(['2026-11-23_relance-1_C0042_Etablissements-Dupre-Fils.pdf'])
    // Passes go on, and « Envoyer maintenant » too: nothing is sent again.
    await pause(EVERY_MS * 5)
    expect(await core.ok('mail.send', { now: true })).toEqual({ sent: 0, waiting: 0, failed: 0 })
    expect(smtp.received).toHaveLength(1)
  })

  it('keeps a message waiting while the server is down, tries again after its delay, and sends it once the server is up', async () => {
    const down = await startSmtpServer()
    const port = down.port
    await down.close()
    await core.ok('mail.saveSettings', { host: '127.0.0.1', port, ...SENDER })
    emailAction(dossier.consumerId, 'FA-2026-0950')

    await until(async () => (await core.ok('mail.outbox', {}))[0]?.lastError != null, 'a first attempt')
    const [waiting] = await core.ok('mail.outbox', {})
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 })
    expect(waiting!.lastError).toMatch(/^Serveur injoignable/)
    // The next attempt waits for its delay (a minute), not for the next pass.
    await pause(EVERY_MS * 5)
    expect((await core.ok('mail.outbox', {}))[0]).toMatchObject({ attempts: 1 })

    const up = await startSmtpServer({ port })
    servers.push(up)
    // A minute later: the message's retry time has come.
    core.session.current.sqlite.prepare("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z'").run()
    await until(() => up.received.length === 1, 'the message on the server once up')
    await until(async () => (await core.ok('mail.outbox', {}))[0]?.status === 'sent', 'the message recorded as sent')
    await pause(EVERY_MS * 5)
    expect(up.received).toHaveLength(1)
    expect(up.received[0]!.messageId).toBe(waiting!.messageId)
    expect((await core.ok('mail.outbox', {}))[0]).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('waits for the password of the session where no keychain keeps it, then sends', async () => {
    const smtp = await startSmtpServer({ auth: { user: 'compta', pass: 'secret' } })
    servers.push(smtp)
    await core.ok('mail.saveSettings', { host: '127.0.0.1', port: smtp.port, user: 'compta', ...SENDER })
    emailAction(dossier.proId, 'FA-2026-0815')
    await pause(EVERY_MS * 5)
    expect(smtp.received).toHaveLength(0)
    expect(await core.ok('mail.outbox', {})).toEqual([])

    await core.ok('mail.sessionPassword', { password: 'secret' })
    await until(() => smtp.received.length === 1, 'the message on the server')
  })
})
