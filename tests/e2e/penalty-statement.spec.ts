import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { serveApp, type ServedApp } from '../helpers/served-app'

let app: ServedApp
let clientId: number
test.beforeEach(async () => {
  app = await serveApp()
  await app.core.ok('company.update', { legalName: 'Fournitures Méridionales SARL' })
  clientId = (await app.core.ok('clients.create', { code: '411DUP', name: 'Établissements Dupré', kind: 'pro' })).id
  // The legal-fr.md worked example, and an open invoice 53 days late.
  await app.core.ok('invoices.create', { clientId, number: 'F-2025-031', issueDate: '2025-04-15', dueDate: '2025-05-15', amountCents: 1_000_000 })
  await app.core.ok('payments.record', { clientId, date: '2025-09-20', amountCents: 1_000_000, method: 'virement' })
  await app.core.ok('invoices.create', { clientId, number: 'F-2026-101', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 50_000 })
})
test.afterEach(async () => {
  await app.close()
})

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ')

test('the client file’s statement leaves the screen: as a PDF, printed alone, copied for Excel', async ({ page, context }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`${app.host.url}#/clients/${clientId}`)
  const panel = page.getByRole('region', { name: 'Décompte des pénalités au' })
  const actions = panel.getByRole('group', { name: 'Sortir le décompte' })

  const [download] = await Promise.all([page.waitForEvent('download'), actions.getByRole('button', { name: 'PDF' }).click()])
  expect(download.suggestedFilename()).toBe('decompte-penalites-411DUP-2026-11-23.pdf')
  const path = join(testInfo.outputDir, download.suggestedFilename())
  await download.saveAs(path)
  const text = pdfText(path)
  expect(text).toContain('Fournitures Méridionales SARL')
  expect(text).toMatch(/Total réclamé\s+1 027,51 €/)
  expect(text).toContain('Code de commerce, art. L441-10 II')
  // It says where the file went.
  await expect(actions.getByRole('status')).toHaveText(
    'Fichier « decompte-penalites-411DUP-2026-11-23.pdf » enregistré dans votre dossier Téléchargements (ou celui que votre navigateur utilise).',
  )

  await actions.getByRole('button', { name: 'Copier' }).click()
  await expect(actions.getByRole('status')).toHaveText('Décompte copié : collez-le dans Excel ou un e-mail.')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain('Décompte des pénalités au 23/11/2026 — Établissements Dupré (411DUP)')
  expect(copied).toContain('16/05/2025\t30/06/2025\t46\t10000,00\t13,15 %\t165,73')
  expect(copied).toContain('Total réclamé\t\t\t\t\t1027,51')

  // The browser's print dialog is not ours to drive: the call is counted, then the page is looked at as printed.
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printCalls = String(Number(document.body.dataset.printCalls ?? 0) + 1)
    }
  })
  await actions.getByRole('button', { name: 'Imprimer' }).click()
  await expect(page.locator('body')).toHaveAttribute('data-print-calls', '1')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden()
  await expect(page.getByRole('region', { name: 'Historique' })).toBeHidden()
  await expect(panel.getByRole('table')).toBeVisible()
  await expect(panel.getByText('Établissements Dupré (411DUP) — édité le 23/11/2026')).toBeVisible()
  await expect(actions).toBeHidden()
})

test('one invoice’s statement dialog offers the PDF of that invoice alone', async ({ page }, testInfo) => {
  await page.goto(`${app.host.url}#/invoices`)
  await page.getByRole('tab', { name: 'Payées' }).click()
  await page.getByRole('button', { name: 'Décompte des pénalités de la facture F-2025-031' }).click()
  const dialog = page.getByRole('dialog', { name: 'Décompte des pénalités — facture F-2025-031' })
  await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'PDF' }).click()])
  expect(download.suggestedFilename()).toBe('decompte-penalites-411DUP-F-2025-031-2026-11-23.pdf')
  const path = join(testInfo.outputDir, download.suggestedFilename())
  await download.saveAs(path)
  const text = pdfText(path)
  expect(text).toMatch(/facture F-2025-031/)
  expect(text).not.toContain('F-2026-101')
  expect(text).toMatch(/Total réclamé\s+478,69 €/)
})
