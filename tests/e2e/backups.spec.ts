import { expect, test } from '@playwright/test'
import { serveApp, type ServedApp } from '../helpers/served-app'

let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

test('Paramètres backs the dossier up and restores it, keeping the state it replaced', async ({ page }) => {
  test.setTimeout(120_000)
  await app.core.ok('clients.create', { code: '411A', name: 'Avant la sauvegarde', kind: 'pro' })
  await page.goto(`${app.host.url}#/settings`)
  const panel = page.getByRole('region', { name: 'Sauvegardes' })
  await panel.getByRole('button', { name: 'Sauvegarder maintenant' }).click()
  // The backup runs as a job in its own thread: its start takes seconds on a busy machine.
  await expect(panel.getByRole('status')).toHaveText('Sauvegarde faite.', { timeout: 60_000 })
  const rows = panel.getByRole('table', { name: 'Sauvegardes du dossier' }).getByRole('row')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1)).toContainText('Manuelle')
  await expect(rows.nth(1)).toContainText('1 client, 0 facture')

  await app.core.ok('clients.create', { code: '411B', name: 'Après la sauvegarde', kind: 'pro' })
  await rows.nth(1).getByRole('button', { name: 'Restaurer' }).click()
  await rows.nth(1).getByRole('button', { name: 'Confirmer la restauration' }).click()
  await expect(panel.getByRole('status')).toContainText('Dossier restauré depuis')
  expect(app.core.count('clients')).toBe(1)
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(1)).toContainText('Avant une restauration')
  await expect(rows.nth(1)).toContainText('2 clients')
  await page.screenshot({ path: '/tmp/dossier-shots/backups.png', fullPage: true })
})
