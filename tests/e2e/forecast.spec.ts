import { expect, test } from '@playwright/test'
import { formatEuros } from '../../src-shared/money'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { DashboardPage } from './pages/dashboard-page'

// The served dossier's "today" is Monday 2026-11-23: week 1 runs from Monday 23 to Sunday 29 November.
let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
  await app.core.ok('demo.create', {})
})
test.afterEach(async () => {
  await app.close()
})

test('the forecast expects no long-overdue invoice next week, says how it is built, and lets the user move the « incertain » limit', async ({ page }) => {
  const forecast = await app.core.ok('dashboard.forecast', {})
  const collectedLastMonth = (await app.core.ok('dashboard.summary', {})).collected.lastMonth.amountCents
  // What the first tryout saw: a first week above a whole month's collections. No longer.
  expect(forecast.weeks[0]?.amountCents ?? 0).toBeLessThan(collectedLastMonth)
  expect(forecast.uncertainCents).toBeGreaterThan(0)

  const dashboard = new DashboardPage(page)
  await page.goto(app.host.url)
  await dashboard.open()
  const panel = page.getByRole('region', { name: 'Encaissements attendus sur huit semaines' })
  await expect(dashboard.forecastChart).toContainText(`sem. du 23/11${formatEuros(forecast.weeks[0]?.amountCents ?? 0)}`)
  await expect(panel.locator('.bar-row').first()).toHaveAttribute('title', 'Du lundi 23/11/2026 au dimanche 29/11/2026')
  await expect(panel).toContainText(`Incertain, hors semaines : ${formatEuros(forecast.uncertainCents)} sur des factures en retard de plus de 60 jours.`)
  await expect(panel).toContainText(`Dont ${formatEuros(forecast.behindScheduleCents)} étalés sur les semaines`)
  await expect(panel.getByText(/^Méthode : .*Au-delà de 60 jours de retard, elle n’est attendue dans aucune semaine/)).toBeVisible()

  await panel.getByRole('combobox', { name: 'Incertain au-delà de' }).selectOption({ label: '90 jours de retard' })
  const wider = await app.core.ok('dashboard.forecast', {})
  expect(wider.uncertainAfterDays).toBe(90)
  expect(wider.uncertainCents).toBeLessThan(forecast.uncertainCents)
  await expect(panel).toContainText(`Incertain, hors semaines : ${formatEuros(wider.uncertainCents)} sur des factures en retard de plus de 90 jours.`)
  await expect(panel.getByText(/Au-delà de 90 jours de retard/)).toBeVisible()
})
