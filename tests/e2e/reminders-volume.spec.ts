import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { BENCH_TODAY, benchDossier } from '../../bench/generate-dossier'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { RemindersPage } from './pages/reminders-page'

// The benchmark dossier (20,000 clients, 200,000 invoices, built once and cached in reports/):
// its first day of reminders proposes some 6,000 actions, which the page must show a page at
// a time, selectable across pages, without the browser holding thousands of rows.

let app: ServedApp
let folder: string
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'encaisse-volume-'))
  copyFileSync(benchDossier(), join(folder, 'dossier.sqlite'))
})
test.afterAll(() => rmSync(folder, { recursive: true, force: true }))
test.beforeEach(async () => {
  app = await serveApp({ dossierPath: join(folder, 'dossier.sqlite'), today: BENCH_TODAY })
})
test.afterEach(async () => {
  await app.close()
})
test.setTimeout(240_000)

const PAGE_SIZE = 100
const frenchCount = (n: number) => n.toLocaleString('fr-FR')

test('with thousands of proposals the Relances page shows a page at a time and keeps a selection across pages', async ({ page }) => {
  const plan = await app.core.ok('dunning.plan', {})
  expect(plan.proposals.length).toBeGreaterThanOrEqual(5000)
  const emails = plan.proposals.filter((p) => p.step.channel === 'email')
  expect(emails.length).toBeGreaterThan(2 * PAGE_SIZE)

  const reminders = new RemindersPage(page)
  await page.goto(app.host.url)
  await page.getByRole('link', { name: 'Relances' }).click()
  await expect(page.getByText(`${frenchCount(plan.proposals.length)} relances proposées`, { exact: false })).toBeVisible({ timeout: 60_000 })
  await reminders.tab(/^E-mails/).click()

  const pager = page.getByRole('navigation', { name: 'Pagination' }).first()
  await expect(pager).toContainText(`1–${PAGE_SIZE} sur ${frenchCount(emails.length)}`)
  // One header row and one page of proposals: never the thousands at once.
  await expect(reminders.proposals().getByRole('row')).toHaveCount(PAGE_SIZE + 1)

  const first = reminders.proposals().getByRole('row').nth(1).getByRole('checkbox')
  await first.check()
  await pager.getByRole('button', { name: /Suivante/ }).click()
  await expect(pager).toContainText(`${PAGE_SIZE + 1}–${2 * PAGE_SIZE} sur`)
  await reminders.proposals().getByRole('row').nth(1).getByRole('checkbox').check()
  await expect(reminders.validateSelection).toHaveText('Valider la sélection (2)')

  await pager.getByRole('button', { name: 'Dernière page' }).click()
  await expect(pager).toContainText(`sur ${frenchCount(emails.length)}`)
  await expect(reminders.proposals().getByRole('row')).toHaveCount(((emails.length - 1) % PAGE_SIZE) + 2)
  await pager.getByRole('button', { name: 'Première page' }).click()
  await expect(first).toBeChecked()
})
