import { expect, test } from '@playwright/test'
import { formatEuros } from '../../src-shared/money'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { DashboardPage } from './pages/dashboard-page'
import { InvoicesPage } from './pages/invoices-page'

// The served dossier's "today" is Monday 2026-11-23 (tests/helpers/test-core.ts); the demonstration ledger ends that day.
let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
  await app.core.ok('demo.create', {})
})
test.afterEach(async () => {
  await app.close()
})

test('the dashboard shows the figures the core computes, both charts and the ten largest debtors', async ({ page }) => {
  const summary = await app.core.ok('dashboard.summary', {})
  const forecast = await app.core.ok('dashboard.forecast', {})
  const dashboard = new DashboardPage(page)
  await page.goto(app.host.url)
  await dashboard.open()

  await expect(dashboard.value('Encours clients')).toHaveText(formatEuros(summary.outstandingCents))
  await expect(dashboard.value('Échu')).toHaveText(formatEuros(summary.overdueCents))
  const share = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(summary.overdueShare)
  await expect(dashboard.figure('Échu')).toContainText(`${share} du montant dû`)
  await expect(dashboard.value('DSO')).toHaveText(summary.dsoDays === null ? '—' : `${summary.dsoDays} jours`)
  await expect(dashboard.value('Encaissé ce mois-ci')).toHaveText(formatEuros(summary.collected.thisMonth.amountCents))
  await expect(dashboard.figure('Encaissé ce mois-ci')).toContainText(`Le mois dernier (octobre) : ${formatEuros(summary.collected.lastMonth.amountCents)}`)

  // The aging chart is described in words, and its figures are readable in the table beneath.
  const [notDue, , , , over90] = summary.aging
  await expect(dashboard.agingChart).toHaveAttribute('aria-label', new RegExp(`Non échu ${formatEuros(notDue?.amountCents ?? 0)}.*Plus de 90 j ${formatEuros(over90?.amountCents ?? 0)}`))
  await expect(dashboard.agingTable.getByRole('row', { name: /^Plus de 90 j/ })).toContainText(formatEuros(over90?.amountCents ?? 0))
  await expect(dashboard.agingTable.getByRole('row', { name: /^Factures ouvertes/ })).toContainText(formatEuros(summary.openInvoicesCents))
  await expect(dashboard.agingTable.getByRole('row', { name: /^Solde clients/ })).toContainText(formatEuros(summary.outstandingCents))

  const [week1, week2] = forecast.weeks
  await expect(dashboard.forecastChart).toContainText(`sem. du 23/11${formatEuros(week1?.amountCents ?? 0)}`)
  await expect(dashboard.forecastChart).toContainText(`sem. du 30/11${formatEuros(week2?.amountCents ?? 0)}`)
  await expect(page.getByText(/^Méthode : chaque facture ouverte est attendue à son échéance plus le retard moyen de son client/)).toBeVisible()

  await expect(dashboard.debtorRows()).toHaveCount(10)
  await expect(dashboard.debtorRows().first()).toContainText(summary.topDebtors[0]?.name ?? '')
})

test('a debtor opens its client file; a payment recorded on Factures shows in « Encaissé ce mois-ci »', async ({ page }) => {
  const before = await app.core.ok('dashboard.summary', {})
  const debtor = before.topDebtors[1]
  if (!debtor) throw new Error('the demonstration has fewer than two debtors')
  const dashboard = new DashboardPage(page)
  await page.goto(app.host.url)
  await dashboard.open()

  await dashboard.debtors.getByRole('link', { name: debtor.name }).click()
  await expect(page.getByRole('heading', { name: debtor.name, level: 1 })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`#/clients/${debtor.clientId}$`))

  const invoices = new InvoicesPage(page)
  await page.getByRole('link', { name: 'Factures' }).click()
  const payment = await invoices.startPayment()
  await invoices.chooseClient(payment, debtor.code, new RegExp(debtor.name))
  await invoices.paymentAmount(payment).fill('1 234,56')
  // The proposed allocation (oldest due first) settles 1 234,56 € of the client's invoices.
  await expect(invoices.paymentTotal(payment, 'Total affecté')).toContainText(formatEuros(123_456))
  await invoices.savePayment(payment)
  await expect(invoices.notice).toContainText(`Règlement de ${formatEuros(123_456)} enregistré ; affecté à`)

  await dashboard.open()
  await expect(dashboard.value('Encaissé ce mois-ci')).toHaveText(formatEuros(before.collected.thisMonth.amountCents + 123_456))
  await expect(dashboard.value('Encours clients')).toHaveText(formatEuros(before.outstandingCents - 123_456))
})
