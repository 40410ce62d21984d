import { expect, test } from '@playwright/test'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { InvoicesPage } from './pages/invoices-page'

// The served dossier's "today" is 2026-11-23.
let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

test('an invoice is excluded from reminders from the Factures page, then reminded again from the client file', async ({ page }) => {
  const { id: clientId } = await app.core.ok('clients.create', { code: '411LEF', name: 'Boulangerie Lefèvre', kind: 'pro' })
  await app.core.ok('invoices.create', { clientId, number: 'F-101', issueDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 120_000 })
  await app.core.ok('invoices.create', { clientId, number: 'F-090', issueDate: '2026-09-01', dueDate: '2026-09-30', amountCents: 30_000 })
  await app.core.ok('invoices.create', { clientId, number: 'AV-7', kind: 'credit_note', issueDate: '2026-11-05', amountCents: 5_000 })
  const planned = async () => {
    const plan = await app.core.ok('dunning.plan', {})
    return { invoices: plan.proposals.flatMap((p) => p.invoices.map((i) => i.number)), skipped: plan.skipped.map((s) => [s.number, s.reason]) }
  }
  expect((await planned()).invoices.sort()).toEqual(['F-090', 'F-101'])

  const invoices = new InvoicesPage(page)
  await invoices.open(app.host.url)
  // Offered on invoices still owed, never on a credit note.
  await expect(invoices.row('AV-7').getByRole('button', { name: /des relances/ })).toHaveCount(0)
  await invoices.row('F-101').getByRole('button', { name: 'Exclure la facture F-101 des relances' }).click()
  const dialog = page.getByRole('dialog', { name: 'Exclure la facture F-101 des relances' })
  await dialog.getByRole('button', { name: 'Exclure des relances' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Indiquez le motif de l’exclusion.')
  expect((await planned()).skipped).toEqual([])
  await dialog.getByRole('textbox', { name: 'Motif' }).fill('Avoir à venir')
  await page.screenshot({ path: '/tmp/gaps-shots/exclusion-dialog.png' })
  await dialog.getByRole('button', { name: 'Exclure des relances' }).click()
  await expect(invoices.notice).toHaveText('Facture F-101 exclue des relances.')
  const badge = invoices.row('F-101').getByText('Hors relances')
  await expect(badge).toBeVisible()
  await expect(badge).toHaveAttribute('title', 'Exclue des relances depuis le 23/11/2026 : Avoir à venir')
  await expect(invoices.row('F-090').getByText('Hors relances')).toHaveCount(0)
  await page.screenshot({ path: '/tmp/gaps-shots/exclusion-invoices.png' })

  // The next plan leaves it out, saying why; the client's other invoice is still reminded.
  expect(await planned()).toEqual({ invoices: ['F-090'], skipped: [['F-101', 'excluded']] })

  await page.getByRole('link', { name: 'Boulangerie Lefèvre' }).first().click()
  await expect(page.getByRole('heading', { name: 'Boulangerie Lefèvre', level: 1 })).toBeVisible()
  const clientRow = page.getByRole('region', { name: 'Factures et avoirs' }).locator('tbody tr').filter({ hasText: 'F-101' })
  await expect(clientRow.getByText('Hors relances')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText('Facture F-101 exclue des relances : Avoir à venir.')
  await page.screenshot({ path: '/tmp/gaps-shots/exclusion-client-file.png', fullPage: true })
  await clientRow.getByRole('button', { name: 'Relancer de nouveau la facture F-101' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Facture F-101 de nouveau relancée.' })).toBeVisible()
  await expect(clientRow.getByText('Hors relances')).toHaveCount(0)
  await expect(clientRow.getByRole('button', { name: 'Exclure la facture F-101 des relances' })).toBeVisible()
  expect((await planned()).invoices.sort()).toEqual(['F-090', 'F-101'])
})
