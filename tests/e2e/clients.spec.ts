import { expect, test } from '@playwright/test'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { ClientsPage } from './pages/clients-page'

let app: ServedApp

test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

test('creates a client from the form and sees it listed', async ({ page }) => {
  const clients = new ClientsPage(page)
  await clients.open(app.host.url)
  await expect(page.getByText('Aucun client dans ce dossier')).toBeVisible()

  await clients.startCreating()
  await clients.fill({
    code: '411DUPRE',
    name: 'Établissements Dupré',
    address: '12 rue de la République',
    postalCode: '69002',
    city: 'Lyon',
    email: 'compta@dupre.fr',
  })
  await clients.save()

  // The new client's file opens, ready for its first invoice.
  await expect(page.getByRole('status')).toHaveText('Fiche client « Établissements Dupré » créée.')
  await expect(page.getByRole('heading', { name: 'Établissements Dupré', level: 1 })).toBeVisible()
  await expect(page).toHaveURL(/#\/clients\/\d+$/)
  await page.getByRole('link', { name: '← Clients' }).click()
  const row = clients.row('411DUPRE')
  await expect(row).toContainText('Établissements Dupré')
  await expect(row).toContainText('Professionnel')
  await expect(row).toContainText('69002 Lyon')
  await expect(row).toContainText('0,00 €')
  await expect(page.getByText('1 client', { exact: true })).toBeVisible()

  // The token stays out of the address bar once read.
  expect(page.url()).not.toContain('token=')
  await page.reload()
  await expect(clients.row('411DUPRE')).toBeVisible()
})

test('shows French field errors from the contract and writes nothing', async ({ page }) => {
  const clients = new ClientsPage(page)
  await clients.open(app.host.url)
  await clients.startCreating()
  await clients.fill({ code: '411X', postalCode: '6900', email: 'compta-at-dupre' })
  await clients.chooseKind('Particulier')
  await clients.save()

  await expect(page.getByText('Vérifiez les champs signalés.')).toBeVisible()
  await expect(clients.input('Raison sociale ou nom')).toHaveAccessibleDescription('La raison sociale est obligatoire.')
  await expect(clients.input('E-mail de facturation')).toHaveAccessibleDescription(
    'E-mail : adresse e-mail invalide (exemple : compta@exemple.fr).',
  )
  await expect(clients.input('Raison sociale ou nom')).toHaveAttribute('aria-invalid', 'true')
  await expect(clients.input('Code client (compte auxiliaire)')).toHaveAttribute('aria-invalid', 'false')
  expect(app.core.count('clients')).toBe(0)

  await clients.fill({ name: 'Zoé Martin', email: 'zoe@exemple.fr' })
  await clients.save()
  await expect(clients.input('Code postal')).toHaveAccessibleDescription('Le code postal doit compter 5 chiffres.')
  await expect(clients.input('Raison sociale ou nom')).toHaveAttribute('aria-invalid', 'false')
  expect(app.core.count('clients')).toBe(0)

  await clients.fill({ postalCode: '69001' })
  await clients.save()
  await expect(page.getByRole('heading', { name: 'Zoé Martin', level: 1 })).toBeVisible()
  await expect(page.getByText('411X · Particulier')).toBeVisible()
  expect(app.core.count('clients')).toBe(1)
})

test('finds a client by typing its name without accents', async ({ page }) => {
  await app.core.ok('clients.create', { code: '411DUP', name: 'Établissements Dupré', kind: 'pro' })
  await app.core.ok('clients.create', { code: '411ZOE', name: 'Zoé Martin', kind: 'particulier' })
  const clients = new ClientsPage(page)
  await clients.open(app.host.url)
  await expect(clients.table.getByRole('row')).toHaveCount(3)
  await clients.search.fill('etablissements dupre')
  await expect(clients.table.getByRole('row')).toHaveCount(2)
  await expect(clients.row('411DUP')).toBeVisible()
  await clients.search.fill('introuvable')
  await expect(page.getByText('Aucun client ne correspond à « introuvable ».')).toBeVisible()
})

test('a channel call without the token is refused', async ({ request }) => {
  const origin = new URL(app.host.url).origin
  const response = await request.post(`${origin}/ipc/clients.list`, { data: {} })
  expect(response.status()).toBe(401)
  expect((await response.json()).error.code).toBe('UNAUTHORIZED')
})

test('a large dossier shows its clients 200 at a time, in French order, and the next ones on request', async ({ page }) => {
  for (let n = 1; n <= 205; n++) {
    await app.core.ok('clients.create', { code: `411C${String(n).padStart(4, '0')}`, name: `Client ${String(n).padStart(4, '0')}`, kind: 'pro' })
  }
  const clients = new ClientsPage(page)
  await clients.open(app.host.url)
  await expect(page.getByText('Les 200 premiers clients dans l’ordre alphabétique', { exact: false })).toBeVisible()
  await expect(clients.table.locator('tbody tr')).toHaveCount(200)
  await expect(clients.table.locator('tbody tr').last()).toContainText('Client 0200')

  await page.getByRole('button', { name: 'Afficher les clients suivants' }).click()
  await expect(clients.table.locator('tbody tr')).toHaveCount(205)
  await expect(page.getByText('205 clients', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Afficher les clients suivants' })).toHaveCount(0)
})
