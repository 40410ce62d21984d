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

test('archiving a client who still owes asks first and says what it owes; « Afficher les clients archivés » finds it; « Réactiver » brings it back', async ({ page }) => {
  const { id } = await app.core.ok('clients.create', { code: '411VIDAL', name: 'Garage Vidal', kind: 'pro' })
  await app.core.ok('invoices.create', { clientId: id, number: 'F-77', issueDate: '2026-08-01', dueDate: '2026-09-01', amountCents: 140_000 })
  await page.goto(`${app.host.url}#/clients/${id}`)
  page.once('dialog', () => { throw new Error('a browser dialog was opened') })

  await page.getByRole('button', { name: 'Archiver' }).click()
  const confirm = page.getByRole('dialog', { name: 'Archiver Garage Vidal ?' })
  await expect(confirm).toContainText('Ce client doit encore 1\u202f400,00\u00a0€, dont 1\u202f400,00\u00a0€ échus, sur 1 facture ouverte.')
  await expect(confirm).toContainText('aucune relance ne lui sera plus proposée')
  await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused()
  // Escape changes nothing.
  await page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  expect((await app.core.ok('clients.get', { id })).archived).toBe(false)

  await page.getByRole('button', { name: 'Archiver' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Archiver malgré ce qui reste dû' }).click()
  await expect(page.getByRole('status')).toContainText('Client archivé')
  await expect(page.getByRole('note')).toHaveText(/^Client archivé alors qu’il doit encore 1\u202f400,00\u00a0€/)
  expect((await app.core.ok('clients.get', { id })).archived).toBe(true)

  const clients = new ClientsPage(page)
  await page.getByRole('link', { name: '← Clients' }).click()
  await expect(page.getByText('Aucun client dans ce dossier')).toBeVisible()
  await page.getByRole('checkbox', { name: 'Afficher les clients archivés' }).check()
  const row = clients.row('411VIDAL')
  await expect(row).toContainText('Archivé')
  await expect(row).toContainText('1\u202f400,00\u00a0€')

  await row.getByRole('link', { name: 'Garage Vidal' }).click()
  await page.getByRole('button', { name: 'Réactiver' }).click()
  await expect(page.getByRole('status')).toContainText('Client réactivé')
  expect((await app.core.ok('clients.get', { id })).archived).toBe(false)
})

test('cancelling a payment asks in the app’s dialog, names the invoices it settled, and can be kept', async ({ page }) => {
  const { id } = await app.core.ok('clients.create', { code: '411ROY', name: 'Menuiserie Roy', kind: 'pro' })
  const { id: invoiceId } = await app.core.ok('invoices.create', { clientId: id, number: 'F-9', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 50_000 })
  await app.core.ok('payments.record', { clientId: id, date: '2026-11-02', amountCents: 50_000, method: 'virement', allocation: [{ invoiceId, amountCents: 50_000 }] })
  await page.goto(`${app.host.url}#/clients/${id}`)
  page.once('dialog', () => { throw new Error('a browser dialog was opened') })
  const payments = page.getByRole('region', { name: 'Règlements' })

  await payments.getByRole('button', { name: 'Annuler' }).click()
  let confirm = page.getByRole('dialog', { name: 'Annuler ce règlement ?' })
  await expect(confirm).toContainText('Le règlement de 500,00\u00a0€ du 02/11/2026 sera supprimé')
  await expect(confirm).toContainText('Factures concernées : F-9.')
  await confirm.getByRole('button', { name: 'Garder le règlement' }).click()
  expect(app.core.count('payments')).toBe(1)

  await payments.getByRole('button', { name: 'Annuler' }).click()
  confirm = page.getByRole('dialog', { name: 'Annuler ce règlement ?' })
  await confirm.getByRole('button', { name: 'Annuler le règlement' }).click()
  await expect(confirm).toBeHidden()
  await expect(payments).toContainText('Aucun règlement')
  expect(app.core.count('payments')).toBe(0)
})
