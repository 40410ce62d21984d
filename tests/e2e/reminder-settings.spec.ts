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

test('a scenario is edited under Paramètres, and the queue words its step as renamed', async ({ page }) => {
  await page.goto(`${app.host.url}#/settings`)
  const editor = page.getByRole('region', { name: 'Scénarios de relance' })
  await editor.getByLabel('Étape 2 : Étape').fill('Premier rappel amical')
  await editor.getByRole('button', { name: 'Ajouter une étape' }).click()
  await editor.getByLabel('Étape 7 : Jours').fill('70')
  await editor.getByLabel('Étape 7 : Canal').selectOption({ label: 'lettre recommandée AR' })
  await editor.getByLabel('Étape 7 : Étape').fill('Transmission au contentieux')
  await editor.getByRole('button', { name: 'Enregistrer le scénario' }).click()
  await expect(editor.getByRole('status')).toHaveText('Scénario enregistré.')
  const [standard] = await app.core.ok('scenarios.list', {})
  expect(standard!.steps.map((s) => s.label)).toEqual([
    'Rappel de courtoisie',
    'Premier rappel amical',
    'Deuxième relance',
    'Appel téléphonique',
    'Mise en demeure (LRAR)',
    'Dernier avis avant contentieux',
    'Transmission au contentieux',
  ])
  expect(standard!.steps[6]).toMatchObject({ offsetDays: 70, channel: 'registered_letter', level: 6, templateCode: 'mise-en-demeure' })
  // A scenario the dossier uses by default cannot be deleted.
  await editor.getByRole('button', { name: 'Supprimer' }).click()
  await expect(editor.getByRole('alert')).toContainText('archivez-le plutôt')

  const reminders = new RemindersPage(page)
  await reminders.open(app.host.url)
  await reminders.tab(/^E-mails/).click()
  await expect(reminders.proposals()).toContainText('Premier rappel amical')
})

test('a client stopped from its file leaves the queue with its reason shown', async ({ page }) => {
  const plan = await app.core.ok('dunning.plan', {})
  const client = plan.proposals.find((p) => p.step.channel === 'email')!
  await page.goto(`${app.host.url}#/clients/${client.clientId}`)
  const panel = page.getByRole('region', { name: 'Relances', exact: true })
  await panel.getByLabel('Motif du blocage').fill('Plan de sauvegarde ouvert')
  await panel.getByRole('button', { name: 'Bloquer les relances' }).click()
  await expect(panel).toContainText('Bloqué en relance depuis le 23/11/2026 : Plan de sauvegarde ouvert.')

  const reminders = new RemindersPage(page)
  await reminders.open(app.host.url)
  await reminders.tab(/^E-mails/).click()
  await expect(reminders.row(client.clientName)).toHaveCount(0)
  await page.getByText(/^Factures écartées aujourd’hui/).click()
  await expect(reminders.skipped.getByRole('row').filter({ hasText: client.clientName }).first()).toContainText('Client bloqué en relance')
})
