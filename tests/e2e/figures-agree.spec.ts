import { expect, test } from '@playwright/test'
import { formatEuros } from '../../src-shared/money'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { AgingPage } from './pages/aging-page'
import { ClientsPage } from './pages/clients-page'
import { DashboardPage } from './pages/dashboard-page'

let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
  await app.core.ok('demo.create', {})
})
test.afterEach(async () => {
  await app.close()
})

test('« Encours clients » is the aged balance’s « Solde clients », and a client’s credit explains an « Échu » above its « Solde »', async ({ page }) => {
  const summary = await app.core.ok('dashboard.summary', {})
  expect(summary.unallocatedCreditCents).toBeGreaterThan(0)
  const dashboard = new DashboardPage(page)
  await page.goto(app.host.url)
  await dashboard.open()
  const encours = await dashboard.value('Encours clients').textContent()
  await expect(dashboard.figure('Encours clients')).toContainText(`dont crédits non affectés : ${formatEuros(-summary.unallocatedCreditCents)}`)

  const aging = new AgingPage(page)
  await aging.open(app.host.url)
  await expect(aging.figure('Solde clients')).toHaveText(encours ?? '')
  // « Non échu » wraps in its narrow header rather than running under its sort arrow.
  const notDue = aging.table.getByRole('columnheader', { name: /^Non échu/ })
  const label = await notDue.locator('.sort-label').boundingBox()
  const arrow = await notDue.locator('.sort-arrow').boundingBox()
  expect((label?.x ?? 0) + (label?.width ?? 0)).toBeLessThanOrEqual(arrow?.x ?? 0)
  expect(await notDue.locator('.sort-label').evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)

  const withCredit = (await app.core.ok('clients.list', {})).find((client) => client.creditCents > 0 && client.overdueCents > client.balanceCents)
  if (!withCredit) throw new Error('the demonstration has no client whose credit exceeds its not-yet-due invoices')
  const clients = new ClientsPage(page)
  await clients.open(app.host.url)
  const row = clients.row(withCredit.code)
  await expect(row).toContainText(formatEuros(withCredit.balanceCents))
  await expect(row).toContainText(formatEuros(withCredit.overdueCents))
  await expect(row).toContainText(`dont crédits ${formatEuros(-withCredit.creditCents)}`)

  await row.getByRole('link', { name: withCredit.name }).click()
  await expect(page.getByRole('list', { name: 'Chiffres clés' }).getByRole('listitem').filter({ hasText: 'Solde' }).first())
    .toContainText(`dont crédits non affectés : ${formatEuros(-withCredit.creditCents)}`)
})
