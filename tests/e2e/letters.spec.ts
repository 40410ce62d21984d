import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { letterDossier } from '../helpers/letter-dossier'
import { actionRow, validatedAction } from '../helpers/reminder-actions'
import { serveApp, type ServedApp } from '../helpers/served-app'

let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ')

test('validated letters print as one PDF, are marked printed, and re-open from the client file', async ({ page }) => {
  const dossier = await letterDossier(app.core)
  const ids = dossier.invoiceIds
  // Validated as the Relances page (#11) validates them: one registered formal notice, one simple reminder.
  const notice = validatedAction(app.core, { clientId: dossier.proId, templateCode: 'mise-en-demeure', channel: 'registered_letter', invoiceIds: [ids['FA-2026-0815']!, ids['FA-2026-0902']!] })
  validatedAction(app.core, { clientId: dossier.consumerId, templateCode: 'relance-2', channel: 'letter', invoiceIds: [ids['FA-2026-0950']!] })

  await page.goto(app.host.url)
  await page.getByRole('link', { name: 'Courriers' }).click()
  const queue = page.getByRole('region', { name: 'À imprimer' })
  await expect(queue.getByRole('row')).toHaveCount(3)
  await expect(queue.getByRole('row', { name: /Établissements Dupré & Fils/ })).toContainText('Recommandé AR')
  await page.screenshot({ path: '/tmp/courriers-shots/letters-page.png', fullPage: true })

  const downloaded = page.waitForEvent('download')
  await queue.getByRole('button', { name: 'Imprimer les 2 courriers sélectionnés' }).click()
  const download = await downloaded
  expect(download.suggestedFilename()).toBe('courriers-2026-11-23.pdf')
  const merged = join(app.core.folder, 'merged.pdf')
  await download.saveAs(merged)
  const text = plain(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', merged, '-'], { encoding: 'utf8' }))
  expect(text).toContain('LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION')
  expect(text).toContain('Établissements Dupré & Fils')
  expect(text).toContain('Mme Zoé Lefèvre')
  expect(text).toContain('Total dû au 23/11/2026 5 424,31 €')
  await expect(queue.getByRole('status').first()).toContainText('2 courriers prêts (4 pages)')
  await page.screenshot({ path: '/tmp/courriers-shots/letters-printed.png', fullPage: true })

  await queue.getByRole('button', { name: 'Marquer comme imprimé' }).click()
  await expect(page.getByText('2 courriers marqués comme imprimés et rangés dans la fiche du client.')).toBeVisible()
  await expect(queue).toContainText('Aucun courrier à imprimer')
  expect(actionRow(app.core, notice).status).toBe('printed')

  const registered = page.getByRole('region', { name: 'Recommandés à numéroter' })
  await registered.getByRole('textbox', { name: 'Numéro de recommandé pour Établissements Dupré & Fils' }).fill('1A 123 456')
  await registered.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(registered.getByRole('alert')).toHaveText('Numéro de recommandé invalide : 13 caractères, comme 1A 123 456 7890 1.')
  await registered.getByRole('textbox', { name: 'Numéro de recommandé pour Établissements Dupré & Fils' }).fill('1A 123 456 7890 1')
  await registered.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(registered).toContainText('Aucun recommandé en attente de numéro.')

  await page.getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('link', { name: 'Établissements Dupré & Fils' }).click()
  const history = page.getByRole('region', { name: 'Historique' })
  await expect(history).toContainText('Courrier imprimé : Mise en demeure (LRAR) (Mise en demeure de payer).')
  await expect(history).toContainText('Recommandé n° 1A12345678901')
  const reopened = page.waitForEvent('download')
  await history.getByRole('button', { name: 'Ouvrir le PDF' }).click()
  const letter = await reopened
  expect(letter.suggestedFilename()).toBe('2026-11-23_mise-en-demeure_C0042_Etablissements-Dupre-Fils.pdf')
  const saved = join(app.core.folder, 'reopened.pdf')
  await letter.saveAs(saved)
  expect(readFileSync(saved).equals(actionRow(app.core, notice).document_pdf!)).toBe(true)
})
