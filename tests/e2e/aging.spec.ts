import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { formatEuros } from '../../src-shared/money'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { AgingPage } from './pages/aging-page'

// The served dossier's "today" is 2026-11-23; the demonstration ledger ends that day.
let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
  await app.core.ok('demo.create', {})
})
test.afterEach(async () => {
  await app.close()
})

test('the aged balance of the demonstration: totals are the sum of the rows, and match the core', async ({ page }) => {
  const report = await app.core.ok('aging.report', {})
  const aging = new AgingPage(page)
  await aging.open(app.host.url)

  await expect(aging.clientRows()).toHaveCount(report.totals.clientCount)
  await expect(aging.figure('Solde clients')).toHaveText(formatEuros(report.totals.totalCents))
  await expect(aging.figure('DSO du dossier')).toHaveText(`${report.dsoDays} jours`)
  await expect(aging.totalsRow()).toContainText(`Total — ${report.totals.clientCount} clients`)

  // Column by column (buckets, credits, balance), the totals row adds up the client rows.
  const rows = await aging.amounts(aging.clientRows())
  const [totals] = await aging.amounts(aging.totalsRow())
  const sums = (totals ?? []).map((_, column) => rows.reduce((sum, row) => sum + (row[column] ?? 0), 0))
  expect(sums).toEqual(totals)
  expect(totals).toEqual([...report.totals.bucketCents, report.totals.creditCents, report.totals.totalCents])
  // And each row's balance is its buckets plus its credits.
  for (const row of rows) expect(row.slice(0, -1).reduce((sum, cents) => sum + cents, 0)).toBe(row.at(-1))

  // The chart says its figures in words (whatever spaces the accessible description keeps).
  const amount = (cents: number) => formatEuros(cents).replace(/\s/g, '\\s')
  await expect(aging.chart).toHaveAccessibleDescription(
    new RegExp(`Non échu ${amount(report.totals.bucketCents[0] ?? 0)} .*Plus de 90 j ${amount(report.totals.bucketCents[4] ?? 0)}`),
  )
})

test('sorting, a filter and a past date ask the core again; a client row opens on its invoices and its file', async ({ page }) => {
  const aging = new AgingPage(page)
  await aging.open(app.host.url)

  // Largest balance first by default; « Solde » again puts the smallest first.
  const balances = async () => (await aging.amounts(aging.clientRows())).map((row) => row.at(-1) ?? 0)
  const descending = await balances()
  expect(descending).toEqual([...descending].sort((a, b) => b - a))
  await aging.sortBy('Solde')
  await expect.poll(async () => (await balances())[0]).toBe(Math.min(...descending))

  await aging.onlyLate()
  const late = await app.core.ok('aging.report', { onlyLate: true })
  await expect(aging.clientRows()).toHaveCount(late.totals.clientCount)

  await aging.asOf('2026-06-30')
  const past = await app.core.ok('aging.report', { onlyLate: true, asOf: '2026-06-30' })
  await expect(aging.figure('Solde clients')).toHaveText(formatEuros(past.totals.totalCents))

  const first = past.rows.sort((a, b) => a.totalCents - b.totalCents)[0]
  if (!first) throw new Error('no late client on 30/06/2026 in the demonstration')
  const detail = await aging.expand(first.name)
  const invoices = await app.core.ok('aging.clientInvoices', { clientId: first.clientId, asOf: '2026-06-30' })
  await expect(detail.locator('tbody tr')).toHaveCount(invoices.invoices.length)
  await expect(detail.locator('tbody tr').first()).toContainText(invoices.invoices[0]?.number ?? '')

  await page.getByRole('link', { name: 'Ouvrir la fiche client' }).click()
  await expect(page.getByRole('heading', { name: first.name, level: 1 })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`#/clients/${first.clientId}$`))
})

test('the CSV export downloads the balance as filtered on screen, with a BOM and a totals row', async ({ page }) => {
  const report = await app.core.ok('aging.report', {})
  const aging = new AgingPage(page)
  await aging.open(app.host.url)

  const [download] = await Promise.all([page.waitForEvent('download'), aging.exportButton('CSV').click()])
  expect(download.suggestedFilename()).toBe('balance-agee-2026-11-23.csv')
  // The message says where the file went; the file says what it is, before its table.
  await expect(page.getByRole('status')).toHaveText(
    'Fichier « balance-agee-2026-11-23.csv » enregistré dans votre dossier Téléchargements (ou celui que votre navigateur utilise).',
  )
  const text = readFileSync(await download.path(), 'utf8')
  expect(text.startsWith('\uFEFFBalance âgée au 23/11/2026')).toBe(true)
  // (trim() drops the byte-order mark too.)
  const lines = text.trim().split('\r\n')
  expect(lines.slice(0, 4)).toEqual([
    'Balance âgée au 23/11/2026 — Fournitures Méridionales',
    'Tous les clients ayant un solde.',
    `DSO du dossier : ${report.dsoDays} jours · Édité le 23/11/2026 avec Encaisse.`,
    '',
  ])
  expect(lines[4]).toBe('Code client;Client;Segment;Non échu;1–30 j;31–60 j;61–90 j;Plus de 90 j;Crédits non affectés;Solde')
  expect(lines).toHaveLength(report.totals.clientCount + 6)
  expect(lines.at(-1)).toMatch(new RegExp(`^Total;${report.totals.clientCount} clients;;.*;${(report.totals.totalCents / 100).toFixed(2).replace('.', ',')}$`))
})

test('bucket limits changed under Paramètres become the columns of the aged balance', async ({ page }) => {
  await page.goto(app.host.url)
  await page.getByRole('link', { name: 'Paramètres' }).click()
  const panel = page.getByRole('region', { name: 'Tranches de la balance âgée' })
  const limits = panel.getByRole('textbox', { name: 'Limites des tranches (jours)' })
  await expect(limits).toHaveValue('30, 60, 90')

  await limits.fill('90, 60')
  // No « 91–60 j » column is previewed: the preview says what is wrong before saving.
  await expect(panel.getByRole('listitem')).toHaveCount(0)
  await expect(panel.getByText('Les limites doivent être strictement croissantes (par exemple 30, 60, 90).')).toBeVisible()
  await panel.getByRole('button', { name: 'Enregistrer les tranches' }).click()
  await expect(panel.getByRole('alert')).toContainText('strictement croissantes')

  await limits.fill('15, 45')
  await expect(panel.getByRole('listitem')).toHaveText(['Non échu', '1–15 j', '16–45 j', 'Plus de 45 j'])
  await panel.getByRole('button', { name: 'Enregistrer les tranches' }).click()
  await expect(panel.getByRole('status')).toHaveText('Tranches enregistrées : la balance âgée les utilise dès maintenant.')

  const aging = new AgingPage(page)
  await page.getByRole('link', { name: 'Balance âgée' }).click()
  const headers = ['Détail', 'Code', 'Client', 'Non échu', '1–15 j', '16–45 j', 'Plus de 45 j', 'Crédits', 'Solde']
  // Headers keep a number and its unit together (a no-break space): any space matches.
  await expect(aging.table.getByRole('columnheader')).toHaveText(headers.map((name) => new RegExp(`^${name.replace(/ /g, '\\s')}`)))
  const report = await app.core.ok('aging.report', {})
  expect(report.limits).toEqual([15, 45])
})
