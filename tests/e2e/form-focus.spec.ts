import { expect, test } from '@playwright/test'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { ClientsPage } from './pages/clients-page'
import { InvoicesPage } from './pages/invoices-page'

let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

test('a form opens with the cursor in its first field; refused, it takes the user to its first error', async ({ page }) => {
  const clients = new ClientsPage(page)
  await clients.open(app.host.url)
  await clients.startCreating()
  await expect(clients.input('Code client (compte auxiliaire)')).toBeFocused()

  // Only a bad e-mail, far down the form; the button is at its bottom, out of sight of the top.
  await clients.fill({ code: '411X', email: 'compta-at-dupre' })
  await page.getByRole('button', { name: 'Enregistrer' }).scrollIntoViewIfNeeded()
  await clients.save()
  const name = clients.input('Raison sociale ou nom')
  await expect(name).toBeFocused()
  await expect(name).toBeInViewport()
  await expect(name).toHaveAccessibleDescription('La raison sociale est obligatoire.')
  expect(app.core.count('clients')).toBe(0)

  // Fixed, the next refusal goes to the next error in the form's order.
  await name.fill('Établissements Dupré')
  await clients.save()
  await expect(clients.input('E-mail de facturation')).toBeFocused()
  await expect(clients.input('E-mail de facturation')).toBeInViewport()
})

test('the payment form refused for a missing client puts the cursor on the client', async ({ page }) => {
  await app.core.ok('clients.create', { code: '411A', name: 'Client A', kind: 'pro' })
  const invoices = new InvoicesPage(page)
  await invoices.open(app.host.url)
  const payment = await invoices.startPayment()
  const picker = payment.getByRole('combobox', { name: 'Client' })
  await expect(picker).toBeFocused()
  await invoices.paymentAmount(payment).fill('100')
  await invoices.savePayment(payment)
  await expect(payment.getByText('Vérifiez les champs signalés.')).toBeVisible()
  await expect(picker).toBeFocused()
})
