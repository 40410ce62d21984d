import { expect, test, type Page } from '@playwright/test'
import { fecText, generateLedger } from '../fixtures/ledger-generator'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { DashboardPage } from './pages/dashboard-page'
import { ImportPage } from './pages/import-page'

// A FEC of about 210,000 lines (4,000 clients), whose write phase lasts seconds: the core
// imports it in a thread of its own while the page keeps calling it.
const ledger = generateLedger({ seed: 4242, clients: 4000, invoicesPerClient: 12, subLedger: true })
const FEC = Buffer.from(fecText(ledger, { separator: '|', newline: '\r\n', paddedAmounts: true }), 'utf8')

const euros = (text: string) => text.replace(/ /g, '\u202f').replace(/ €$/, '\u00a0€')

/** Picks the FEC; its upload in 4 MiB slices takes longer than the usual 5 s on a busy machine. */
async function chooseLargeFile(page: Page): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({ name: 'FEC-cabinet.txt', mimeType: 'text/plain', buffer: FEC })
  await expect(page.getByRole('button', { name: 'Importer', exact: true })).toBeVisible({ timeout: 120_000 })
}

let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})
test.setTimeout(240_000)

test('a large FEC imports while the user goes to the dashboard and the clients, which answer at once; the import page then shows the outcome', async ({ page }) => {
  const importing = new ImportPage(page)
  const dashboard = new DashboardPage(page)
  await importing.open(app.host.url)
  await chooseLargeFile(page)
  await importing.startImport()
  await expect(page.getByRole('region', { name: 'Avancement de l’import' })).toBeVisible()

  // Meanwhile: the dashboard and the client list come within the usual 5 s, from the
  // dossier as it stands until the import commits (nothing of it is there yet).
  await dashboard.open()
  await expect(dashboard.value('Encours clients')).toHaveText(euros('0,00 €'))
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible()
  await expect(page.getByText('Aucun client dans ce dossier', { exact: true })).toBeVisible()
  expect(app.core.count('import_batches')).toBe(0)

  // Back on the import page: the import went on without the page, and ends.
  await page.getByRole('link', { name: 'Import' }).click()
  await expect(importing.result).toBeVisible({ timeout: 200_000 })
  await expect(importing.result).toContainText('4\u202f000 clients créés')
  await dashboard.open()
  await expect(dashboard.value('Encours clients')).not.toHaveText(euros('0,00 €'))
})

test('« Annuler » during the write phase stops the import, and the dossier is left as it was', async ({ page }) => {
  const importing = new ImportPage(page)
  await importing.open(app.host.url)
  await chooseLargeFile(page)
  await importing.startImport()
  await expect(page.getByText('Enregistrement dans le dossier…')).toBeVisible({ timeout: 200_000 })
  await page.getByRole('button', { name: 'Annuler', exact: true }).click()
  await expect(page.getByText('Annulation demandée : l’import s’arrête, et rien n’est enregistré dans le dossier.')).toBeVisible()
  await expect(page.getByText('Import annulé : le dossier n’a pas été modifié.')).toBeVisible({ timeout: 30_000 })
  for (const table of ['clients', 'invoices', 'payments', 'import_batches']) expect(app.core.count(table), table).toBe(0)
})
