import { expect, test } from '@playwright/test'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { RemindersPage } from './pages/reminders-page'

let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
  await app.core.ok('demo.create', {})
})
test.afterEach(async () => {
  await app.close()
})

test('on the demonstration dossier: validate two proposals, see them waiting and in the client file, never proposed again', async ({ page }) => {
  const plan = await app.core.ok('dunning.plan', {})
  const emails = plan.proposals.filter((p) => p.step.channel === 'email' && p.step.level === 1)
  expect(emails.length).toBeGreaterThan(2)
  // A ledger with no reminder history starts gently: nobody gets a formal notice out of nowhere.
  expect(plan.proposals.every((p) => p.step.level <= 1)).toBe(true)
  const disputed = plan.skipped.filter((s) => s.reason === 'disputed')
  expect(disputed.length).toBeGreaterThan(0)

  const reminders = new RemindersPage(page)
  await reminders.open(app.host.url)
  await reminders.tab(/^E-mails/).click()
  const [first, second] = [emails[0]!, emails[1]!]
  await expect(reminders.row(first.clientName)).toContainText(first.step.label)
  // Disputed invoices are not in any proposal; they are listed with their reason.
  for (const skip of disputed) await expect(reminders.proposals()).not.toContainText(skip.number)
  await page.getByText(/^Factures écartées aujourd’hui/).click()
  await expect(reminders.skipped.getByRole('row').filter({ hasText: disputed[0]!.number })).toContainText('En litige')

  await reminders.select(first.clientName)
  await reminders.select(second.clientName)
  await expect(reminders.validateSelection).toHaveText('Valider la sélection (2)')
  await reminders.validateSelection.click()
  await expect(reminders.notice).toContainText('2 relances validées')
  await expect(reminders.row(first.clientName)).toHaveCount(0)
  await expect(reminders.row(second.clientName)).toHaveCount(0)
  const waiting = reminders.queue.getByRole('table', { name: 'Relances validées à envoyer' })
  await expect(waiting.getByRole('row').filter({ hasText: first.clientName })).toContainText('Première relance')
  await expect(waiting.getByRole('row').filter({ hasText: second.clientName })).toBeVisible()

  await page.getByRole('tab', { name: 'Journal des relances' }).click()
  const journal = page.getByRole('table', { name: 'Journal des relances' })
  await expect(journal.getByRole('row')).toHaveCount(3)
  await expect(journal.getByRole('row').filter({ hasText: first.clientName })).toContainText('Première relance')
  await expect(journal.getByRole('row').filter({ hasText: second.clientName })).toContainText('Validée')
  await page.getByRole('tab', { name: 'Relances du jour' }).click()
  await expect(reminders.row(first.clientName)).toHaveCount(0)

  // Planning the same day again proposes nothing new for them.
  const again = await app.core.ok('dunning.plan', {})
  expect(again.proposals.map((p) => p.clientId)).not.toContain(first.clientId)
  expect(again.proposals.map((p) => p.clientId)).not.toContain(second.clientId)
  expect(again.proposals).toHaveLength(plan.proposals.length - 2)

  await page.goto(`${app.host.url}#/clients/${first.clientId}`)
  const history = page.getByRole('region', { name: 'Historique' })
  await expect(history).toContainText(`Relance validée : Première relance (e-mail), factures ${first.invoices[0]!.number}`)
})

test('a step can be changed, a reminder postponed or skipped with a reason, from the keyboard', async ({ page }) => {
  const plan = await app.core.ok('dunning.plan', {})
  const [first, second, third] = plan.proposals.filter((p) => p.step.channel === 'email' && p.step.level === 1 && p.stepChoices.length > 1)
  const reminders = new RemindersPage(page)
  await reminders.open(app.host.url)
  await reminders.tab(/^E-mails/).click()

  await reminders.row(first!.clientName).getByRole('button', { name: `Reporter la relance de ${first!.clientName}` }).click()
  const dialog = page.getByRole('dialog', { name: `Reporter la relance de ${first!.clientName}` })
  await expect(dialog.getByLabel('Reporter au')).toBeFocused()
  await dialog.getByLabel('Reporter au').fill('2026-12-07')
  await page.keyboard.press('Enter')
  await expect(reminders.notice).toContainText(`Relance de ${first!.clientName} reportée au 07/12/2026.`)
  await expect(reminders.row(first!.clientName)).toHaveCount(0)

  await reminders.row(second!.clientName).getByRole('button', { name: `Passer l’étape pour ${second!.clientName}` }).click()
  await page.keyboard.type('Le client a réglé par chèque, en route')
  await page.getByRole('dialog').getByRole('button', { name: 'Passer' }).click()
  await expect(reminders.notice).toContainText(`Étape passée pour ${second!.clientName}.`)
  await expect(reminders.row(second!.clientName)).toHaveCount(0)
  const timeline = await app.core.ok('timeline.list', { clientId: second!.clientId })
  expect(timeline[0]!.body).toBe('Étape « Première relance » passée : Le client a réglé par chèque, en route')

  // A firmer step chosen for the third: a letter, which then waits to be printed.
  await reminders.row(third!.clientName).getByRole('combobox', { name: `Étape pour ${third!.clientName}` }).selectOption({ label: 'Deuxième relance' })
  await reminders.row(third!.clientName).getByRole('button', { name: `Valider la relance de ${third!.clientName}` }).click()
  await expect(reminders.notice).toContainText('1 relance validée')
  const toPrint = reminders.queue.getByRole('table', { name: 'Relances validées à imprimer' })
  await expect(toPrint.getByRole('row').filter({ hasText: third!.clientName })).toContainText('Deuxième relance (courrier)')

  const skipped = await app.core.ok('dunning.plan', {})
  expect(skipped.skipped.filter((s) => s.clientId === first!.clientId).map((s) => s.reason)).toEqual(
    first!.invoices.map(() => 'postponed'),
  )
})

test('a call sheet records a promise: the client leaves the queue, and comes back once the promise is past', async ({ page }) => {
  const plan = await app.core.ok('dunning.plan', {})
  const client = plan.proposals.find((p) => p.step.channel === 'email' && p.stepChoices.some((s) => s.channel === 'phone'))!
  const reminders = new RemindersPage(page)
  await reminders.open(app.host.url)
  await reminders.tab(/^E-mails/).click()
  await reminders.row(client.clientName).getByRole('combobox', { name: `Étape pour ${client.clientName}` }).selectOption({ label: 'Appel téléphonique' })
  await reminders.row(client.clientName).getByRole('button', { name: `Valider la relance de ${client.clientName}` }).click()
  const toCall = reminders.queue.getByRole('table', { name: 'Relances validées à appeler' })
  await toCall.getByRole('button', { name: `Fiche d’appel : ${client.clientName}` }).click()

  const sheet = page.getByRole('dialog', { name: `Appel à ${client.clientName}` })
  await expect(sheet.getByRole('table', { name: 'Factures concernées' }).getByRole('row')).toHaveCount(client.invoices.length + 1)
  await sheet.getByRole('radio', { name: 'Promesse de règlement' }).check()
  await sheet.getByLabel('Date promise').fill('2026-12-03')
  await sheet.getByRole('button', { name: 'Enregistrer l’issue' }).click()
  await expect(reminders.notice).toContainText(`Issue de l’appel à ${client.clientName} enregistrée.`)
  await expect(toCall).toHaveCount(0)

  // A week later the gap is over, but the promise holds the client back until 3 + 3 days of grace.
  await reminders.asOf.fill('2026-12-06')
  await expect(page.getByText(/^\d+ relances? proposées?/)).toBeVisible()
  for (const channel of [/^E-mails/, /^Courriers/]) {
    if (await reminders.tab(channel).isEnabled()) {
      await reminders.tab(channel).click()
      await expect(reminders.row(client.clientName)).toHaveCount(0)
    }
  }
  await page.getByText(/^Factures écartées aujourd’hui/).click()
  await expect(reminders.skipped.getByRole('row').filter({ hasText: client.clientName }).first()).toContainText('Promesse de règlement en cours')

  // The day after the grace days, the promise is broken: the client is back in the queue, at the step
  // after the call it had reached, the formal notice.
  await reminders.asOf.fill('2026-12-07')
  await reminders.tab(/^Recommandés/).click()
  await expect(reminders.row(client.clientName)).toContainText('Mise en demeure (LRAR)')

  await page.goto(`${app.host.url}#/clients/${client.clientId}`)
  const promises = page.getByRole('table', { name: 'Promesses de règlement' })
  await expect(promises.getByRole('row').nth(1)).toContainText('03/12/2026')
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText('Appel (Appel téléphonique) : promesse de règlement obtenue.')
})
