import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import Database from 'better-sqlite3'
import { letterDossier } from '../helpers/letter-dossier'
import { actionRow, validatedAction } from '../helpers/reminder-actions'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { startSmtpServer } from '../helpers/smtp-test-server'

/** « Marquer comme imprimé » is a job: its thread starts from the sources here (tsx), then backs the dossier up. */
const JOB_MS = 30_000

let app: ServedApp
/** The test's own connection to the dossier the served core works on (WAL: both see each other's commits). */
let file: Database.Database
test.beforeEach(async () => {
  app = await serveApp()
  file = new Database(app.core.dossierPath)
})
test.afterEach(async () => {
  file.close()
  await app.close()
})

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ')

test('validated letters print as one PDF, are marked printed, and re-open from the client file', async ({ page }) => {
  // Two jobs (rendering, then marking printed), each in a thread of its own.
  test.setTimeout(90_000)
  const dossier = await letterDossier(app.core)
  const ids = dossier.invoiceIds
  // Validated as the Relances page (#11) validates them: one registered formal notice, one simple reminder.
  const notice = validatedAction(file, { clientId: dossier.proId, templateCode: 'mise-en-demeure', channel: 'registered_letter', invoiceIds: [ids['FA-2026-0815']!, ids['FA-2026-0902']!] })
  validatedAction(file, { clientId: dossier.consumerId, templateCode: 'relance-2', channel: 'letter', invoiceIds: [ids['FA-2026-0950']!] })

  await page.goto(app.host.url)
  await page.getByRole('link', { name: 'Courriers' }).click()
  const queue = page.getByRole('region', { name: 'À imprimer' })
  await expect(queue.getByRole('row')).toHaveCount(3)
  await expect(queue.getByRole('row', { name: /Établissements Dupré & Fils/ })).toContainText('Recommandé AR')

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

  await queue.getByRole('button', { name: 'Marquer comme imprimé' }).click()
  // Marked in the background after a backup of the dossier, which the message names: restoring it undoes the batch.
  await expect(page.getByText(/^2 courriers marqués comme imprimés et rangés dans la fiche du client\. Sauvegarde prise avant : \S+avant-courriers\S*\.sqlite /)).toBeVisible({ timeout: JOB_MS })
  await expect(queue).toContainText('Aucun courrier à imprimer')
  expect(actionRow(file, notice).status).toBe('printed')

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
  expect(readFileSync(saved).equals(actionRow(file, notice).document_pdf!)).toBe(true)
})

test('a template is edited with a live preview, the outbox sends through the server set in Paramètres, and the client file writes one letter', async ({ page }) => {
  // Three screens and two servers: longer than the default on a busy machine.
  test.setTimeout(90_000)
  const smtp = await startSmtpServer()
  try {
    const dossier = await letterDossier(app.core)
    validatedAction(file, { clientId: dossier.proId, templateCode: 'email-relance-1', channel: 'email', invoiceIds: [dossier.invoiceIds['FA-2026-0815']!] })

    await page.goto(app.host.url)
    await page.getByRole('link', { name: 'Paramètres' }).click()
    const editor = page.getByRole('region', { name: 'Modèles de courriers et d’e-mails' })
    await editor.getByRole('combobox', { name: 'Modèle' }).selectOption({ label: 'Première relance (Lettre simple)' })
    await editor.getByRole('combobox', { name: 'Client de l’aperçu' }).fill('Dupré')
    await editor.getByRole('option', { name: /Établissements Dupré/ }).click()
    await expect(editor.getByTitle('Aperçu')).toBeVisible()
    const body = editor.getByRole('textbox', { name: 'Texte' })
    await body.fill(`${await body.inputValue()}\n\nVotre conseiller : {{societe.conseiller}}`)
    await expect(editor.getByRole('alert')).toContainText('Champ inconnu {{societe.conseiller}}.')
    await body.fill((await body.inputValue()).replace('{{societe.conseiller}}', '{{societe.signataire}}'))
    await expect(editor.getByLabel('Texte du courrier rempli')).toContainText('Votre conseiller : Claire Mercier')
    await expect(editor.getByLabel('Texte du courrier rempli')).toContainText('Le montant restant dû s’élève à 5\u202f234,56\u00a0€.')
    await expect(editor.getByTitle('Aperçu')).toBeVisible()
    await editor.getByRole('button', { name: 'Enregistrer le modèle' }).click()
    await expect(editor.getByRole('status')).toHaveText('Modèle enregistré.')
    await expect(editor.getByRole('combobox', { name: 'Modèle' })).toContainText('Première relance (Lettre simple) — modifié')
    await editor.getByRole('button', { name: 'Rétablir le texte d’origine' }).click()
    await expect(editor.getByRole('status')).toHaveText('Texte d’origine rétabli.')
    await expect(body).not.toContainText('Votre conseiller')

    const smtpPanel = page.getByRole('form', { name: 'Messagerie' })
    await smtpPanel.getByRole('textbox', { name: 'Serveur SMTP' }).fill('127.0.0.1')
    await smtpPanel.getByRole('textbox', { name: 'Port' }).fill(String(smtp.port))
    await smtpPanel.getByRole('combobox', { name: 'Sécurité' }).selectOption({ label: 'Aucune (réseau local)' })
    await smtpPanel.getByRole('textbox', { name: 'Nom de l’expéditeur' }).fill('Atelier Mercier')
    await smtpPanel.getByRole('textbox', { name: 'Adresse de l’expéditeur' }).fill('compta@atelier-mercier.fr')
    await smtpPanel.getByRole('button', { name: 'Enregistrer' }).click()
    const mailRegion = page.getByRole('region', { name: 'Messagerie' })
    await expect(mailRegion.getByRole('status')).toHaveText('Réglages de messagerie enregistrés.')
    await expect(mailRegion).toContainText('le mot de passe n’est jamais écrit sur le disque')
    await smtpPanel.getByRole('button', { name: 'Envoyer un message d’essai' }).click()
    await expect(mailRegion.getByRole('status')).toHaveText('Message d’essai envoyé à compta@atelier-mercier.fr.')
    expect(smtp.received.map((mail) => mail.subject)).toEqual(['Encaisse : message d’essai'])

    await page.getByRole('link', { name: 'Courriers' }).click()
    const outbox = page.getByRole('region', { name: 'Boîte d’envoi' })
    await expect(outbox.getByRole('row', { name: /Établissements Dupré/ })).toContainText('Envoyé')
    expect(smtp.received.map((mail) => mail.subject)).toEqual(['Encaisse : message d’essai', 'Factures échues et non réglées — Atelier Mercier SARL'])

    await page.getByRole('link', { name: 'Clients' }).click()
    await page.getByRole('link', { name: 'Établissements Dupré & Fils' }).click()
    await page.getByRole('button', { name: 'Courrier…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Courrier pour ce client' })
    await dialog.getByRole('combobox', { name: 'Modèle' }).selectOption({ label: 'Mise en demeure (LRAR)' })
    await expect(dialog.getByLabel('Texte du courrier rempli')).toContainText('Mise en demeure de payer')
    await expect(dialog.getByTitle('Aperçu')).toBeVisible()
    const saved = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Enregistrer le PDF' }).click()
    expect((await saved).suggestedFilename()).toBe('2026-11-23_mise-en-demeure_C0042_Etablissements-Dupre-Fils.pdf')
  } finally {
    await smtp.close()
  }
})
