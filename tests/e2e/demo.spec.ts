import { expect, test } from '@playwright/test'
import { serveApp, type ServedApp } from '../helpers/served-app'

let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

test('the demonstration dossier loads from the first screen, and its lists open and scroll', async ({ page }) => {
  await page.goto(app.host.url)
  // The app opens on the Tableau de bord, which for an empty dossier says how to fill it.
  await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Par où commencer ?' })).toBeVisible()
  await page.getByRole('button', { name: 'Charger le dossier de démonstration' }).click()
  await expect(page.getByRole('status').first()).toContainText('Dossier de démonstration chargé')
  await expect(page.getByRole('list', { name: 'Chiffres clés' })).toBeVisible()
  await page.getByRole('link', { name: 'Clients' }).click()

  const clients = page.getByRole('table', { name: 'Clients' })
  const rows = clients.getByRole('row')
  // The list reloads after the notice: wait for its rows (header + 64 clients) rather than count at once.
  await expect(rows).toHaveCount(65)
  await rows.last().scrollIntoViewIfNeeded()
  await expect(rows.last()).toBeInViewport()

  // Accent-insensitive search works on the demonstration names too.
  const [first] = await app.core.ok('clients.list', { search: 'é' })
  expect(first).toBeDefined()
  await page.getByRole('searchbox', { name: /Rechercher un client/ }).fill(
    (first?.name ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
  )
  await expect(clients.getByRole('row').filter({ hasText: first?.name ?? '' })).toBeVisible()

  await page.getByRole('link', { name: 'Factures' }).click()
  const invoiceRows = page.getByRole('table', { name: /factures/i }).getByRole('row')
  await expect(invoiceRows).toHaveCount(101)
  await invoiceRows.last().scrollIntoViewIfNeeded()
  await expect(invoiceRows.last()).toBeInViewport()

  await page.getByRole('link', { name: 'Tableau de bord' }).click()
  const debtors = page.getByRole('table', { name: 'Les dix plus gros débiteurs' }).getByRole('row')
  await expect(debtors).toHaveCount(11)
})

test('the demonstration is refused on a dossier that already has clients', async ({ page }) => {
  await app.core.ok('clients.create', { code: '411A', name: 'Client réel', kind: 'pro' })
  await page.goto(app.host.url)
  await page.getByRole('link', { name: 'Paramètres' }).click()
  await page.getByRole('button', { name: 'Charger le dossier de démonstration' }).click()
  await expect(page.getByRole('region', { name: 'Dossier de démonstration' }).getByRole('alert')).toBeVisible()
  expect(app.core.count('clients')).toBe(1)
})
