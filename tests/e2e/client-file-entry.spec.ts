import { expect, test } from '@playwright/test'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { InvoicesPage } from './pages/invoices-page'

let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

const euros = (text: string) => text.replace(/ (?=\d{3})/g, '\u202f').replace(/ €/g, '\u00a0€')

test('a client’s file enters its invoice, its payment and its credit note, the client already chosen', async ({ page }) => {
  const { id } = await app.core.ok('clients.create', { code: '411BLAN', name: 'Boulangerie Blanc', kind: 'pro', termsDays: 30 })
  await page.goto(`${app.host.url}#/clients/${id}`)
  // The same forms as on Factures: the page model of Factures drives them.
  const entry = new InvoicesPage(page)
  const invoices = page.getByRole('region', { name: 'Factures et avoirs' })

  let form = await entry.startInvoice('Nouvelle facture')
  await expect(form.getByRole('combobox', { name: 'Client' })).toHaveValue('411BLAN — Boulangerie Blanc')
  await expect(form.getByRole('textbox', { name: 'N° de facture' })).toBeFocused()
  await entry.fillInvoice(form, { number: 'FA-88', issueDate: '2026-09-01', amount: '1 200,00' })
  await entry.saveInvoice(form)
  await expect(page.getByRole('status')).toHaveText('Facture FA-88 enregistrée, échéance le 01/10/2026.')
  await expect(invoices.getByRole('row').filter({ hasText: 'FA-88' })).toContainText(euros('1 200,00 €'))

  const payment = await entry.startPayment()
  await expect(payment.getByRole('combobox', { name: 'Client' })).toHaveValue('411BLAN — Boulangerie Blanc')
  await expect(entry.paymentAmount(payment)).toBeFocused()
  await entry.paymentAmount(payment).fill('200')
  await expect(entry.allocationLine(payment, 'FA-88')).toHaveValue('200,00')
  await entry.savePayment(payment)
  await expect(page.getByRole('status')).toContainText(`Règlement de ${euros('200,00 €')} enregistré ; affecté à FA-88`)

  form = await entry.startInvoice('Nouvel avoir')
  await expect(form.getByRole('combobox', { name: 'Client' })).toHaveValue('411BLAN — Boulangerie Blanc')
  await entry.fillInvoice(form, { number: 'AV-3', amount: '50' })
  await entry.saveInvoice(form)
  await expect(page.getByRole('status')).toHaveText('Avoir AV-3 enregistré : il est disponible pour ce client.')

  const figures = page.getByRole('list', { name: 'Chiffres clés' })
  await expect(figures.getByRole('listitem').filter({ hasText: 'Solde' }).first()).toContainText(euros('950,00 €'))
  expect((await app.core.ok('clients.get', { id })).balanceCents).toBe(95_000)
})
