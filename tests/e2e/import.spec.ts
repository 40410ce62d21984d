import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { countbackDso } from '../../src-main/domain/countback-dso'
import { fecText, generateLedger, windows1252Bytes } from '../fixtures/ledger-generator'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { AgingPage } from './pages/aging-page'
import { ClientsPage } from './pages/clients-page'
import { DashboardPage } from './pages/dashboard-page'
import { ImportPage } from './pages/import-page'

// The served dossier's "today" is 2026-11-23 (tests/helpers/test-core.ts).
const euros = (text: string) => text.replace(/ /g, '\u202f').replace(/ €$/, '\u00a0€')

const HEADER = 'Code client;Raison sociale;N° facture;Date facture;Échéance;Montant TTC;Reste dû'

/** An « échéancier clients » as French Excel saves it: semicolons, Windows-1252, CRLF, « 1 234,56 », dd/mm/yyyy. */
const ledgerCsv = (...rows: string[]) => windows1252Bytes([HEADER, ...rows].join('\r\n') + '\r\n')

const OPEN_ITEMS = [
  // 53 days late on 23/11/2026.
  '411DUPRE;Établissements Dupré;FA-2026-101;01/09/2026;01/10/2026;1 234,56;1 234,56',
  // 9 days late, 2 000,00 already paid.
  '411DUPRE;Établissements Dupré;FA-2026-102;15/10/2026;14/11/2026;2 400,00;400,00',
  // Not due yet; ’ and Œ are Windows-1252 bytes 0x92 and 0x8C.
  '411OEUF;L’Œuf d’Or SARL;FA-2026-103;05/11/2026;05/12/2026;980,00;980,00',
]

let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

test('a French CSV goes through the mapping screen, is imported, and the aged balance, the dashboard and the client balances follow', async ({ page }) => {
  const importing = new ImportPage(page)
  const dashboard = new DashboardPage(page)
  await page.goto(app.host.url)
  await dashboard.open()
  // An empty dossier: the dashboard says where to start instead of a row of zeros.
  await expect(page.getByRole('heading', { name: 'Par où commencer ?' })).toBeVisible()

  await importing.open(app.host.url)
  await expect(importing.history.getByText('Aucun import dans ce dossier pour l’instant.')).toBeVisible()
  await importing.chooseFile('echeancier-clients.csv', ledgerCsv(...OPEN_ITEMS))

  // What was detected: the encoding, the separator, the formats and a field for every column.
  await expect(page.getByText('Fichier texte délimité · encodage Windows-1252 (ANSI) · séparateur « ; » · 7 colonnes')).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Factures' })).toBeChecked()
  await expect(page.getByRole('combobox', { name: 'Séparateur décimal' })).toHaveValue(',')
  await expect(page.getByRole('combobox', { name: 'Format des dates' })).toHaveValue('dd/mm/yyyy')
  await expect(importing.mappedField('Code client')).toHaveText('Code client *')
  await expect(importing.mappedField('Raison sociale')).toHaveText('Nom du client')
  await expect(importing.mappedField('N° facture')).toHaveText('N° de facture *')
  await expect(importing.mappedField('Date facture')).toHaveText('Date de facture *')
  await expect(importing.mappedField('Échéance')).toHaveText('Date d\'échéance')
  await expect(importing.mappedField('Montant TTC')).toHaveText('Montant TTC *')
  await expect(importing.mappedField('Reste dû')).toHaveText('Reste dû')
  await expect(importing.mapping.getByRole('row', { name: /^Raison sociale/ })).toContainText('L’Œuf d’Or SARL')
  await expect(importing.preview.locator('tbody').getByRole('row')).toHaveCount(3)
  // Every line read and checked before « Importer »: what the import will bring in.
  await expect(importing.check).toContainText('4 lignes lues : 2 clients, 3 factures.')
  await expect(importing.readiness).toHaveText('Tous les champs obligatoires sont associés ; toutes les lignes sont lisibles.')

  // The amount column ignored by hand: the import waits for it, and the field is free for another column.
  await importing.mapColumn('Montant TTC', '— ignorer —')
  await expect(importing.readiness).toHaveText('À associer avant d’importer : Montant TTC.')
  await expect(importing.importButton).toBeDisabled()
  await expect(importing.field('Reste dû').getByRole('option', { name: 'Montant TTC *' })).toBeEnabled()
  await importing.mapColumn('Montant TTC', 'Montant TTC *')
  await expect(importing.field('Reste dû').getByRole('option', { name: 'Montant TTC * (déjà : Montant TTC)' })).toBeDisabled()
  await expect(importing.importButton).toBeEnabled()
  expect(app.core.count('invoices')).toBe(0)

  await expect(importing.readiness).toHaveText('Tous les champs obligatoires sont associés ; toutes les lignes sont lisibles.')
  await importing.startImport()
  await importing.awaitOutcome()
  await expect(importing.result.getByRole('status')).toContainText('2 clients créés ; 3 factures créées')
  await expect(importing.historyRow('echeancier-clients.csv')).toContainText('CSV')
  await expect(importing.historyRow('echeancier-clients.csv')).toContainText('En place')

  await importing.result.getByRole('link', { name: 'Voir la balance âgée' }).click()
  await expect(page.getByRole('heading', { name: 'Balance âgée', level: 1 })).toBeVisible()
  const figures = page.getByRole('list', { name: 'Chiffres de la balance' })
  await expect(figures.getByRole('listitem').filter({ hasText: 'Solde clients' }).locator('strong')).toHaveText(euros('2 614,56 €'))
  const aging = page.getByRole('table', { name: 'Balance âgée par client' })
  // Not due, then 1–30 days (400,00 € 9 days late), then 31–60 days (1 234,56 € 53 days late), …, the balance.
  await expect(aging.getByRole('row').filter({ hasText: '411DUPRE' })).toContainText(/0,00\s€\s*400,00\s€\s*1\s234,56\s€.*1\s634,56\s€/)
  await expect(aging.getByRole('row').filter({ hasText: '411OEUF' })).toContainText(euros('980,00 €'))

  // The outcome stays on the Import page while the user looks elsewhere.
  await page.getByRole('link', { name: 'Import', exact: true }).click()
  await importing.result.getByRole('link', { name: 'Voir les factures' }).click()
  await expect(page.getByRole('heading', { name: 'Factures', level: 1 })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Factures et avoirs' }).locator('tbody').getByRole('row')).toHaveCount(3)

  await dashboard.open()
  await expect(dashboard.value('Encours clients')).toHaveText(euros('2 614,56 €'))
  await expect(dashboard.value('Échu')).toHaveText(euros('1 634,56 €'))
  // The 2 000,00 € paid on FA-2026-102 before the export, nobody says when: no money of this month.
  await expect(dashboard.value('Encaissé ce mois-ci')).toHaveText(euros('0,00 €'))

  // Three days before the import, FA-2026-102 was already paid but for its 400,00 €: the settled part
  // counts as paid on its due date. The DSO of that day, counted back over the file's sales.
  const agingPage = new AgingPage(page)
  await agingPage.open(app.host.url)
  await agingPage.asOf('2026-11-20')
  await expect(agingPage.table.getByRole('row').filter({ hasText: '411DUPRE' })).toContainText(euros('1 634,56 €'))
  const sales = new Map([['2026-09-01', 123_456], ['2026-10-15', 240_000], ['2026-11-05', 98_000]])
  const salesIn = (after: string, through: string) => [...sales].filter(([date]) => date > after && date <= through).reduce((sum, [, cents]) => sum + cents, 0)
  const dso = countbackDso('2026-11-20', 123_456 + 40_000 + 98_000, '2026-09-01', salesIn)
  await expect(agingPage.figure('DSO du dossier')).toHaveText(`${dso} jours`)

  // The penalty statement claims interest on the 400,00 € only, and says on which assumption.
  const [dupre] = await app.core.ok('clients.list', { search: '411DUPRE' })
  await page.goto(`${app.host.url}#/clients/${dupre?.id}`)
  const statement = page.getByRole('region', { name: 'Décompte des pénalités au' })
  await expect(statement.getByRole('table').getByRole('row').filter({ hasText: '15/11/2026' })).toContainText(euros('400,00 €'))
  await expect(statement).toContainText('Montant réglé avant l’import, date inconnue : compté comme payé à l’échéance.')
  const payments = page.getByRole('region', { name: 'Règlements' })
  await expect(payments.getByRole('row').filter({ hasText: 'FA-2026-102' })).toContainText('14/11/2026')
  await expect(payments.getByRole('row').filter({ hasText: 'FA-2026-102' })).toContainText('date inconnue, comptée à l’échéance')
  await expect(payments.getByRole('row').filter({ hasText: 'FA-2026-102' })).toContainText('Inconnu')

  // The client says it paid by cheque on 2 November: that date replaces the assumption.
  await payments.getByRole('button', { name: 'Indiquer la date' }).click()
  await payments.getByLabel('Date réelle du règlement').fill('2026-11-02')
  await payments.getByRole('combobox', { name: 'Mode de règlement' }).selectOption({ label: 'Chèque' })
  await payments.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(payments.getByRole('row').filter({ hasText: 'FA-2026-102' })).toContainText('02/11/2026Chèque')
  await expect(payments.getByText('date inconnue, comptée à l’échéance')).toHaveCount(0)

  await dashboard.open()
  await expect(dashboard.value('Encours clients')).toHaveText(euros('2 614,56 €'))
  await expect(dashboard.value('Encaissé ce mois-ci')).toHaveText(euros('2 000,00 €'))

  const clients = new ClientsPage(page)
  await clients.open(app.host.url)
  await expect(clients.row('411DUPRE')).toContainText('Établissements Dupré')
  await expect(clients.row('411DUPRE')).toContainText(euros('1 634,56 €'))
  await expect(clients.row('411OEUF')).toContainText('L’Œuf d’Or SARL')
  await expect(clients.row('411OEUF')).toContainText(euros('980,00 €'))
})

test('a wrong amount is shown on the review screen before « Importer », with its line, column and value; the valid lines go in on request', async ({ page }) => {
  const importing = new ImportPage(page)
  await importing.open(app.host.url)
  await importing.chooseFile('echeancier-errone.csv', ledgerCsv(OPEN_ITEMS[0] ?? '', '411OEUF;L’Œuf d’Or SARL;FA-2026-103;05/11/2026;05/12/2026;2 5OO,00;2 5OO,00'))

  // Seen before importing: the first errors, the count, and « Importer » waiting.
  await expect(importing.check).toContainText('3 lignes lues : 1 client, 1 facture.')
  await expect(importing.rejectionRows()).toHaveCount(2)
  await expect(importing.rejectionRows().first()).toHaveText(/^3Montant TTCmontant illisible « 2 5OO,00 »/)
  await expect(importing.rejectionRows().nth(1)).toHaveText(/^3Reste dûmontant illisible « 2 5OO,00 »/)
  await expect(importing.readiness).toContainText('1 ligne en erreur')
  await expect(importing.importButton).toBeDisabled()
  expect(app.core.count('invoices')).toBe(0)

  // A column ignored by hand: the check follows the mapping.
  await importing.mapColumn('Reste dû', '— ignorer —')
  await expect(importing.rejectionRows()).toHaveCount(1)

  // The valid lines on request: the import does what the review said.
  await page.getByRole('checkbox', { name: 'Importer les lignes valides et mettre de côté les lignes en erreur' }).check()
  await expect(importing.readiness).toHaveText('1 ligne en erreur sera mise de côté ; les autres seront importées.')
  await importing.startImport()
  await importing.awaitOutcome()
  await expect(importing.result.getByRole('status')).toContainText('1 client créé ; 1 facture créée')
  await expect(importing.result).toContainText('1 erreur : la ligne concernée a été mise de côté.')
  await expect(importing.result.getByRole('table', { name: 'Lignes en erreur' }).locator('tbody').getByRole('row').first()).toContainText('montant illisible « 2 5OO,00 »')
  expect(app.core.count('invoices')).toBe(1)

  // The lines set aside come back as a CSV to fix: header, the bad line, and why.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    importing.result.getByRole('button', { name: /Télécharger les lignes mises de côté/ }).click(),
  ])
  expect(download.suggestedFilename()).toBe('echeancier-errone.rejets.csv')
  const rejects = readFileSync(await download.path(), 'utf8')
  expect(rejects).toContain('Code client;Raison sociale')
  expect(rejects).toContain('2 5OO,00')
  expect(rejects).toContain('Montant TTC : montant illisible « 2 5OO,00 »')
})

test('the last import is undone from the history, and refused when work done since depends on it', async ({ page }) => {
  const importing = new ImportPage(page)
  await importing.open(app.host.url)
  await importing.chooseFile('releve-septembre.csv', ledgerCsv(OPEN_ITEMS[0] ?? ''))
  const presetName = page.getByRole('textbox', { name: 'Enregistrer cette correspondance sous le nom' })
  await presetName.fill('Sage — échéancier')
  await expect(page.getByRole('checkbox', { name: 'Enregistrer cette correspondance sous le nom' })).toBeChecked()
  await importing.startImport()
  await importing.awaitOutcome()
  await expect(importing.result).toBeVisible()
  await importing.result.getByRole('button', { name: 'Importer un autre fichier' }).click()

  // The next export of the same software is recognised by its headers.
  await importing.chooseFile('releve-novembre.csv', ledgerCsv(OPEN_ITEMS[2] ?? ''))
  await expect(page.getByText('Correspondance enregistrée « Sage — échéancier » reconnue et appliquée : vérifiez-la avant d’importer.')).toBeVisible()
  await expect(presetName).toHaveValue('Sage — échéancier')
  await importing.startImport()
  await importing.awaitOutcome()
  await expect(importing.historyRow('releve-novembre.csv')).toContainText('En place')

  // A dispute opened on September's invoice: that import can no longer be undone.
  const [september] = (await app.core.ok('invoices.list', { search: 'FA-2026-101' })).rows
  await app.core.ok('disputes.open', { invoiceId: september?.id ?? 0, reason: 'prix' })

  let dialog = await importing.askUndoLast()
  // The import's instant is the real clock's, not the dossier's date.
  await expect(dialog).toContainText(/Import de « releve-novembre\.csv » du \d\d\/\d\d\/\d{4} à \d\d:\d\d\./)
  await dialog.getByRole('button', { name: 'Garder l’import' }).click()
  await expect(dialog).toBeHidden()
  expect(app.core.count('invoices')).toBe(2)

  dialog = await importing.askUndoLast()
  await dialog.getByRole('button', { name: 'Annuler cet import' }).click()
  await expect(dialog).toBeHidden()
  await expect(importing.history.getByRole('status')).toHaveText('Import de « releve-novembre.csv » annulé : le dossier est revenu à son état d’avant.')
  await expect(importing.historyRow('releve-novembre.csv')).toContainText(/Annulé le \d\d\/\d\d\/\d{4} à \d\d:\d\d/)
  expect(app.core.count('invoices')).toBe(1)

  dialog = await importing.askUndoLast()
  await expect(dialog).toContainText('Import de « releve-septembre.csv »')
  await dialog.getByRole('button', { name: 'Annuler cet import' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Cet import ne peut plus être annulé')
  await expect(dialog.getByRole('alert')).toContainText('1 litige(s)')
  expect(app.core.count('invoices')).toBe(1)
  await dialog.getByRole('button', { name: 'Garder l’import' }).click()
  await expect(importing.historyRow('releve-septembre.csv')).toContainText('En place')
})

test('an export with a title line: its headers are found under it, and read again from the line the user gives', async ({ page }) => {
  const importing = new ImportPage(page)
  await importing.open(app.host.url)
  const titled = windows1252Bytes(['Échéancier clients au 23/11/2026', HEADER, ...OPEN_ITEMS].join('\r\n') + '\r\n')
  await importing.chooseFile('echeancier-titre.csv', titled)
  const headerLine = page.getByRole('spinbutton', { name: 'Ligne des intitulés' })
  await expect(headerLine).toHaveValue('2')
  await expect(importing.mappedField('Montant TTC')).toHaveText('Montant TTC *')

  await headerLine.fill('1')
  await expect(importing.field('Échéancier clients au 23/11/2026')).toBeVisible()
  await expect(importing.field('Montant TTC')).toHaveCount(0)

  await headerLine.fill('2')
  await expect(importing.mappedField('Montant TTC')).toHaveText('Montant TTC *')
  await importing.startImport()
  await importing.awaitOutcome()
  await expect(importing.result.getByRole('status')).toContainText('3 factures créées')
})

test('a FEC whose labels hold its separator: the review lists the lines it repairs before « Importer », the outcome too', async ({ page }) => {
  const importing = new ImportPage(page)
  await importing.open(app.host.url)
  const ledger = generateLedger({ seed: 47, clients: 3, invoicesPerClient: 4, subLedger: true })
  await importing.chooseFile('FEC-libelles.txt', Buffer.from(fecText(ledger, { separator: '|', newline: '\r\n', paddedAmounts: false, separatorInLabels: true })))

  const repairedLines = Math.ceil(ledger.lines.length / 7)
  await expect(importing.check).toContainText(`${repairedLines} lignes réparées`)
  const repairs = importing.check.getByRole('table', { name: 'Lignes réparées' })
  await expect(repairs.getByRole('row').nth(1)).toHaveText('2« | » lu comme du texte dans EcritureLib.')
  await expect(importing.readiness).toHaveText('Toutes les lignes du FEC sont lisibles.')
  await importing.startImport()
  await importing.awaitOutcome()
  await expect(importing.result.getByRole('status')).toContainText('3 clients créés')
  await expect(importing.result).toContainText(`${repairedLines} lignes réparées`)
  const balances = new Map((await app.core.ok('clients.list', {})).map((client) => [client.code, client.balanceCents]))
  expect(balances).toEqual(ledger.balances)
})
