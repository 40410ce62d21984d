import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { letterDossier } from '../helpers/letter-dossier'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-test-server'
import { RemindersPage } from './pages/reminders-page'

/** « Marquer comme imprimé » is a job: its thread starts from the sources here (tsx), then backs the dossier up. */
const JOB_MS = 30_000

let app: ServedApp
let smtp: TestSmtpServer
test.beforeEach(async () => {
  // The core sends its outbox by itself, as the app and `npm run serve` do every minute.
  app = await serveApp({ outboxEveryMs: 250 })
  smtp = await startSmtpServer()
})
test.afterEach(async () => {
  await app.close()
  await smtp.close()
})

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ')

function pdfText(bytes: Buffer, name: string): string {
  const path = join(app.core.folder, name)
  writeFileSync(path, bytes)
  return plain(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }))
}

test('the day’s reminders validated on Relances are printed from Courriers, and their e-mails reach the server by themselves', async ({ page }) => {
  // Two jobs (rendering, then marking printed), each in a thread of its own.
  test.setTimeout(90_000)
  await letterDossier(app.core)
  await app.core.ok('mail.saveSettings', { host: '127.0.0.1', port: smtp.port, security: 'none', senderName: 'Atelier Mercier', senderAddress: 'compta@atelier-mercier.fr', copyToSelf: false })

  // Relances: the professional client's first reminder goes by e-mail, the consumer's by letter.
  const reminders = new RemindersPage(page)
  await reminders.open(app.host.url)
  await reminders.tab(/^E-mails/).click()
  await expect(reminders.row('Établissements Dupré & Fils')).toContainText('Première relance')
  await reminders.select('Établissements Dupré & Fils')
  await reminders.tab(/^Courriers/).click()
  await expect(reminders.row('Mme Zoé Lefèvre')).toContainText('Première relance')
  await reminders.select('Mme Zoé Lefèvre')
  await expect(reminders.validateSelection).toHaveText('Valider la sélection (2)')
  await reminders.validateSelection.click()
  await expect(reminders.notice).toContainText('2 relances validées')

  // Courriers: the letter waits to be printed; the batch downloads as one PDF holding it.
  await page.getByRole('link', { name: 'Courriers' }).click()
  const queue = page.getByRole('region', { name: 'À imprimer' })
  await expect(queue.getByRole('row')).toHaveCount(2)
  await expect(queue.getByRole('row', { name: /Mme Zoé Lefèvre/ })).toContainText('Lettre simple')
  const downloaded = page.waitForEvent('download')
  await queue.getByRole('button', { name: 'Imprimer le courrier sélectionné' }).click()
  const download = await downloaded
  const merged = join(app.core.folder, 'batch.pdf')
  await download.saveAs(merged)
  const text = plain(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', merged, '-'], { encoding: 'utf8' }))
  expect(text).toContain('Mme Zoé Lefèvre')
  expect(text).toContain('3 impasse des Glaïeuls')
  expect(text).toContain('FA-2026-0950')
  expect(text).toContain('240,00 €')
  expect(text).not.toContain('Dupré')
  await queue.getByRole('button', { name: 'Marquer comme imprimé' }).click()
  await expect(page.getByText(/^1 courrier marqué comme imprimé et rangé dans la fiche du client\. Sauvegarde prise avant : /)).toBeVisible({ timeout: JOB_MS })
  await expect(queue).toContainText('Aucun courrier à imprimer')
  await page.screenshot({ path: '/tmp/gaps-shots/relances-to-courriers-printed.png', fullPage: true })

  // The e-mail went out with nobody pressing « Envoyer » : once, to the client, with its letter attached.
  await expect.poll(() => smtp.received.length, { timeout: 15_000 }).toBe(1)
  const mail = smtp.received[0]!
  expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('compta@dupre.fr')
  expect(plain(mail.text ?? '')).toContain('FA-2026-0815')
  expect(plain(mail.text ?? '')).toContain('FA-2026-0902')
  expect(mail.attachments).toHaveLength(1)
  const attached = pdfText(mail.attachments[0]!.content, 'attached.pdf')
  expect(attached).toContain('Établissements Dupré & Fils')
  expect(attached).toContain('FA-2026-0815')
  await page.reload()
  const outbox = page.getByRole('region', { name: 'Boîte d’envoi' })
  await expect(outbox.getByRole('row').filter({ hasText: 'compta@dupre.fr' })).toContainText('Envoyé')
  await page.screenshot({ path: '/tmp/gaps-shots/relances-to-courriers-outbox.png', fullPage: true })

  // Both land in the journal with their new state.
  const journal = await app.core.ok('dunning.journal', {})
  expect(journal.rows.map((row) => [row.clientName, row.channel, row.status]).sort()).toEqual([
    ['Mme Zoé Lefèvre', 'letter', 'printed'],
    ['Établissements Dupré & Fils', 'email', 'sent'],
  ])
  // Passes of the background sender go on: the e-mail is not sent again.
  await page.waitForTimeout(750)
  expect(smtp.received).toHaveLength(1)
})
