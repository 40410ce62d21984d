import { expect, test, type Page } from '@playwright/test'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { InvoicesPage } from './pages/invoices-page'

// The served dossier's "today" is 2026-11-23 (tests/helpers/test-core.ts).
let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

async function seed() {
  const { id: clientId } = await app.core.ok('clients.create', { code: '411LEF', name: 'Boulangerie Lefèvre', kind: 'pro' })
  await app.core.ok('invoices.create', { clientId, number: 'F-101', issueDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 120_000 })
  await app.core.ok('invoices.create', { clientId, number: 'F-102', issueDate: '2026-11-01', dueDate: '2026-12-31', amountCents: 45_000 })
  await app.core.ok('invoices.create', { clientId, number: 'AV-7', kind: 'credit_note', issueDate: '2026-11-05', amountCents: 5_000 })
  return clientId
}

/** The client file's own list: no client column, so « État » is the sixth cell. */
function clientInvoices(page: Page) {
  const table = page.getByRole('region', { name: 'Factures et avoirs' }).getByRole('table', { name: 'Factures et avoirs' })
  const row = (number: string) => table.locator('tbody tr').filter({ hasText: number })
  return { table, row, state: (number: string) => row(number).getByRole('cell').nth(5) }
}

test('the client file lists its invoices; one is put in dispute with a reason and a note, then lifted', async ({ page }) => {
  await seed()
  await page.goto(app.host.url)
  await page.getByRole('link', { name: 'Boulangerie Lefèvre' }).click()
  await expect(page.getByRole('heading', { name: 'Boulangerie Lefèvre', level: 1 })).toBeVisible()

  const list = clientInvoices(page)
  await expect(list.table.locator('tbody tr')).toHaveCount(3)
  // By due date: the overdue one first.
  await expect(list.table.locator('tbody tr').first()).toContainText('F-101')
  await expect(list.table.getByRole('columnheader', { name: 'Client' })).toHaveCount(0)
  await expect(list.state('F-101')).toHaveText('Échue — 23 j de retard')
  await expect(list.state('F-102')).toHaveText('Ouverte')
  await expect(list.state('AV-7')).toHaveText('Avoir disponible')
  await expect(list.row('AV-7').getByRole('button', { name: /litige/ })).toHaveCount(0)

  // Escape cancels and gives the focus back to the row's button.
  const openButton = list.row('F-101').getByRole('button', { name: 'Mettre en litige la facture F-101' })
  await openButton.click()
  let dialog = page.getByRole('dialog', { name: 'Mettre en litige la facture F-101' })
  await expect(dialog.getByRole('combobox', { name: 'Motif' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(openButton).toBeFocused()

  await openButton.click()
  await dialog.getByRole('button', { name: 'Mettre en litige', exact: true }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Choisissez le motif du litige.')
  await expect(dialog.getByRole('combobox', { name: 'Motif' })).toBeFocused()
  await dialog.getByRole('combobox', { name: 'Motif' }).selectOption({ label: 'Livraison' })
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Palettes abîmées à la réception')
  await dialog.getByRole('button', { name: 'Mettre en litige', exact: true }).click()
  await expect(dialog).toBeHidden()

  await expect(list.state('F-101')).toContainText('Échue — 23 j de retard')
  await expect(list.state('F-101').getByText('Litige', { exact: true })).toBeVisible()
  await expect(list.state('F-102')).toHaveText('Ouverte')
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText(
    'Facture F-101 mise en litige (livraison) : Palettes abîmées à la réception.',
  )
  const disputed = await app.core.ok('invoices.list', { filter: 'disputed' })
  expect(disputed.rows.map((row) => row.number)).toEqual(['F-101'])

  await list.row('F-101').getByRole('button', { name: 'Lever le litige sur la facture F-101' }).click()
  dialog = page.getByRole('dialog', { name: 'Lever le litige sur la facture F-101' })
  await expect(dialog.getByRole('textbox', { name: 'Note' })).toBeFocused()
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Avoir promis')
  await dialog.getByRole('button', { name: 'Lever le litige', exact: true }).click()
  await expect(dialog).toBeHidden()

  await expect(list.state('F-101')).toHaveText('Échue — 23 j de retard')
  await expect(list.row('F-101').getByRole('button', { name: 'Mettre en litige la facture F-101' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText('Litige levé sur la facture F-101 : Avoir promis.')
  expect((await app.core.ok('invoices.list', { filter: 'disputed' })).total).toBe(0)
})

test('the Factures page offers the dispute action on the rows still owed, not on credit notes', async ({ page }) => {
  await seed()
  const invoices = new InvoicesPage(page)
  await invoices.open(app.host.url)
  await expect(invoices.row('AV-7').getByRole('button', { name: /litige/ })).toHaveCount(0)

  await invoices.row('F-102').getByRole('button', { name: 'Mettre en litige la facture F-102' }).click()
  const dialog = page.getByRole('dialog', { name: 'Mettre en litige la facture F-102' })
  await dialog.getByRole('combobox', { name: 'Motif' }).selectOption({ label: 'Facture en double' })
  await dialog.getByRole('button', { name: 'Mettre en litige', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(invoices.cell('F-102', 'État')).toHaveText('OuverteLitige')
  await expect(invoices.row('F-102').getByRole('button', { name: 'Lever le litige sur la facture F-102' })).toBeVisible()
  await expect(invoices.cell('F-101', 'État')).toHaveText('Échue — 23 j de retard')
})
