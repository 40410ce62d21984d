import { expect, test } from '@playwright/test'
import { serveApp, type ServedApp } from '../helpers/served-app'

let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

test('the client file shows the balance, takes a note, and edits the client', async ({ page }) => {
  const { id } = await app.core.ok('clients.create', { code: '411LEF', name: 'Boulangerie Lefèvre', kind: 'pro', city: 'Paris', postalCode: '75011' })
  await app.core.ok('invoices.create', { clientId: id, number: 'F1', issueDate: '2026-08-01', dueDate: '2026-09-30', amountCents: 123_456 })
  await app.core.ok('invoices.create', { clientId: id, number: 'F2', issueDate: '2026-11-01', dueDate: '2026-12-31', amountCents: 10_000 })
  await app.core.ok('payments.record', { clientId: id, date: '2026-11-10', amountCents: 23_456, method: 'virement' })

  await page.goto(app.host.url)
  await page.getByRole('link', { name: 'Boulangerie Lefèvre' }).click()
  await expect(page.getByRole('heading', { name: 'Boulangerie Lefèvre', level: 1 })).toBeVisible()
  const figures = page.getByRole('list', { name: 'Chiffres clés' })
  await expect(figures.getByRole('listitem').filter({ hasText: 'Solde' })).toContainText('1\u202f100,00\u00a0€')
  await expect(figures.getByRole('listitem').filter({ hasText: 'Échu' })).toContainText('1\u202f000,00\u00a0€')
  await expect(figures.getByRole('listitem').filter({ hasText: 'Factures ouvertes' })).toContainText('2')
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText('Règlement de 234,56\u00a0€ reçu le 10/11/2026 ; affecté à F1.')

  await page.getByRole('textbox', { name: 'Nouvelle note' }).fill('Appel : la gérante promet un virement vendredi.')
  await page.getByRole('button', { name: 'Ajouter la note' }).click()
  await expect(page.getByRole('region', { name: 'Historique' }).getByRole('listitem').first()).toContainText(
    'Appel : la gérante promet un virement vendredi.',
  )

  await page.getByRole('button', { name: 'Modifier' }).click()
  await page.getByRole('textbox', { name: 'Code postal' }).fill('7501')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByRole('textbox', { name: 'Code postal' })).toHaveAccessibleDescription('Le code postal doit compter 5 chiffres.')
  await page.getByRole('textbox', { name: 'Code postal' }).fill('75012')
  await page.getByRole('combobox', { name: 'Segment' }).fill('Commerces de bouche')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByRole('status')).toHaveText('Fiche client enregistrée.')
  await expect(page.getByText('411LEF · Professionnel · Commerces de bouche')).toBeVisible()
  expect((await app.core.ok('clients.get', { id })).fields.postalCode).toBe('75012')
})

test('the company identity is saved from Paramètres and names the dossier', async ({ page }) => {
  await page.goto(app.host.url)
  await page.getByRole('link', { name: 'Paramètres' }).click()
  await page.getByRole('textbox', { name: 'Raison sociale' }).fill('Atelier Mercier SARL')
  await page.getByRole('textbox', { name: 'IBAN' }).fill('FR76 3000 6000 0112 3456 7890 188')
  await page.getByRole('form', { name: 'Société' }).getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByRole('textbox', { name: 'IBAN' })).toHaveAccessibleDescription('IBAN invalide : vérifiez sa saisie (clé de contrôle fausse).')
  expect((await app.core.ok('company.get', {})).fields).toBeNull()

  await page.getByRole('textbox', { name: 'IBAN' }).fill('FR76 3000 6000 0112 3456 7890 189')
  await page.getByRole('textbox', { name: 'Capital (€)' }).fill('10 000,00')
  await page.getByRole('form', { name: 'Société' }).getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByRole('status')).toHaveText('Identité de la société enregistrée.')
  await expect(page.getByRole('banner')).toContainText('Atelier Mercier SARL')
  expect((await app.core.ok('company.get', {})).fields).toMatchObject({ capitalCents: 1_000_000, iban: 'FR7630006000011234567890189' })
})

test('the dashboard shows what is owed and the largest debtors', async ({ page }) => {
  const { id } = await app.core.ok('clients.create', { code: '411DUP', name: 'Établissements Dupré', kind: 'pro' })
  await app.core.ok('invoices.create', { clientId: id, number: 'F1', issueDate: '2026-08-01', dueDate: '2026-09-30', amountCents: 500_000 })
  await page.goto(app.host.url)
  await page.getByRole('link', { name: 'Tableau de bord' }).click()
  const figures = page.getByRole('list', { name: 'Chiffres clés' })
  await expect(figures.getByRole('listitem').filter({ hasText: 'Encours clients' })).toContainText('5\u202f000,00\u00a0€')
  await expect(figures.getByRole('listitem').filter({ hasText: 'Échu' })).toContainText('1 facture en retard')
  await page.getByRole('link', { name: 'Établissements Dupré' }).click()
  await expect(page.getByRole('heading', { name: 'Établissements Dupré', level: 1 })).toBeVisible()
})

test('the client page shows the penalty statement, and a negotiated rate set on the client changes it', async ({ page }) => {
  const { id } = await app.core.ok('clients.create', { code: '411DUP', name: 'Établissements Dupré', kind: 'pro' })
  await app.core.ok('invoices.create', { clientId: id, number: 'F-2025-031', issueDate: '2025-04-15', dueDate: '2025-05-15', amountCents: 1_000_000 })
  await app.core.ok('payments.record', { clientId: id, date: '2025-09-20', amountCents: 1_000_000, method: 'virement' })
  await page.goto(`${app.host.url}#/clients/${id}`)
  const statement = page.getByRole('region', { name: 'Décompte des pénalités au' })
  await expect(statement.getByRole('heading')).toHaveText('Décompte des pénalités au 23/11/2026')
  const table = statement.getByRole('table')
  await expect(table.getByRole('row').filter({ hasText: '16/05/2025' })).toContainText('46')
  await expect(table.getByRole('row').filter({ hasText: '16/05/2025' })).toContainText('165,73')
  await expect(table.getByRole('row').filter({ hasText: '01/07/2025' })).toContainText('272,96')
  await expect(table.getByRole('row').filter({ hasText: 'Pénalités de retard' })).toContainText('438,69')
  await expect(table.getByRole('row').filter({ hasText: 'Total réclamé' })).toContainText('478,69')

  await page.getByRole('button', { name: 'Modifier' }).click()
  await page.getByRole('combobox', { name: 'Pénalités de retard' }).selectOption({ label: 'Taux fixe écrit dans les CGV' })
  await page.getByRole('textbox', { name: 'Taux annuel (%)' }).fill('15,00')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByRole('status')).toHaveText('Fiche client enregistrée.')
  // 10 000 € × 15 % × 46 / 365 = 189,04 € and × 82 / 365 = 336,99 €: 526,03 €.
  await expect(table.getByRole('row').filter({ hasText: 'Pénalités de retard' })).toContainText('526,03')
})

test('a credit note is applied to the oldest invoices from the client page, and a credit limit is kept', async ({ page }) => {
  const { id } = await app.core.ok('clients.create', { code: '411MER', name: 'Atelier Mercier', kind: 'pro' })
  await app.core.ok('invoices.create', { clientId: id, number: 'F-1', issueDate: '2026-08-01', dueDate: '2026-09-01', amountCents: 30_000 })
  await app.core.ok('invoices.create', { clientId: id, number: 'F-2', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 30_000 })
  await app.core.ok('invoices.create', { clientId: id, number: 'AV-1', kind: 'credit_note', issueDate: '2026-10-05', amountCents: 40_000 })
  await page.goto(`${app.host.url}#/clients/${id}`)
  // The app's own dialog, not the browser's: it says what will happen, and the focus starts on « Annuler ».
  page.once('dialog', () => { throw new Error('a browser dialog was opened') })
  await page.getByRole('button', { name: 'Imputer l’avoir AV-1 sur les factures les plus anciennes du client' }).click()
  const confirm = page.getByRole('dialog', { name: 'Imputer l’avoir AV-1 ?' })
  await expect(confirm).toContainText('L’avoir AV-1 (400,00\u00a0€ disponibles) sera affecté aux factures ouvertes les plus anciennes de ce client.')
  await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Imputer', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Avoir AV-1' })).toHaveText('Avoir AV-1 imputé pour 400,00\u00a0€ sur 2 factures.')
  const invoices = page.getByRole('region', { name: 'Factures et avoirs' })
  await expect(invoices.getByRole('row').filter({ hasText: 'F-1' })).toContainText('Réglée')
  await expect(invoices.getByRole('row').filter({ hasText: 'F-2' })).toContainText('200,00\u00a0€Échue')
  const figures = page.getByRole('list', { name: 'Chiffres clés' })
  await expect(figures.getByRole('listitem').filter({ hasText: 'Solde' })).toContainText('200,00')

  await page.getByRole('button', { name: 'Modifier' }).click()
  await page.getByRole('textbox', { name: 'Plafond de crédit (€)' }).fill('5 000,00')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Fiche' })).toHaveText('Fiche client enregistrée.')
  expect((await app.core.ok('clients.get', { id })).fields.creditLimitCents).toBe(500_000)
})

test('the missing half-year is added under Paramètres, with its source, and the warning goes', async ({ page }) => {
  const { id } = await app.core.ok('clients.create', { code: '411A', name: 'Client A', kind: 'pro' })
  await app.core.ok('invoices.create', { clientId: id, number: 'F1', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 50_000 })
  await page.goto(`${app.host.url}#/clients/${id}`)
  const warnings = page.getByRole('list', { name: 'Avertissements' })
  await expect(warnings).toContainText('2e semestre 2026')

  await page.getByRole('link', { name: 'Paramètres' }).click()
  const rates = page.getByRole('region', { name: 'Taux des pénalités et de l’intérêt légal' })
  await rates.getByRole('textbox', { name: 'Semestre' }).fill('2026-H2')
  // Three decimals in a rate: refused in the contract's words, never read as thousands.
  await rates.getByRole('textbox', { name: 'Taux BCE de référence (%)' }).fill('2.155')
  await rates.getByRole('textbox', { name: 'Intérêt légal, particuliers (%)' }).fill('6,50')
  await rates.getByRole('textbox', { name: 'Intérêt légal, autres cas (%)' }).fill('2.750')
  await rates.getByRole('button', { name: 'Enregistrer ce semestre' }).click()
  await expect(rates.getByRole('textbox', { name: 'Source' })).toHaveAccessibleDescription('La source est obligatoire.')
  await expect(rates.getByRole('textbox', { name: 'Taux BCE de référence (%)' })).toHaveAccessibleDescription(/taux illisible/)
  await rates.getByRole('textbox', { name: 'Taux BCE de référence (%)' }).fill('2,15')
  await rates.getByRole('textbox', { name: 'Source' }).fill('Arrêté du 26 juin 2026')
  await rates.getByRole('button', { name: 'Enregistrer ce semestre' }).click()
  await expect(rates.getByRole('status')).toHaveText('Taux du 2e semestre 2026 enregistrés.')
  const row = rates.getByRole('table').getByRole('row').nth(1)
  await expect(row).toContainText('2e semestre 2026')
  await expect(row).toContainText('12,15 %')
  await expect(row).toContainText('8,25 %')

  await page.goto(`${app.host.url}#/clients/${id}`)
  await expect(page.getByRole('region', { name: 'Décompte des pénalités au' }).getByRole('table')).toBeVisible()
  await expect(warnings).toHaveCount(0)
})

test('one invoice’s statement opens from its row', async ({ page }) => {
  const { id } = await app.core.ok('clients.create', { code: '411DUP', name: 'Établissements Dupré', kind: 'pro' })
  await app.core.ok('invoices.create', { clientId: id, number: 'F-2025-031', issueDate: '2025-04-15', dueDate: '2025-05-15', amountCents: 1_000_000 })
  await app.core.ok('payments.record', { clientId: id, date: '2025-09-20', amountCents: 1_000_000, method: 'virement' })
  await page.goto(`${app.host.url}#/invoices`)
  await page.getByRole('tab', { name: 'Payées' }).click()
  await page.getByRole('button', { name: 'Décompte des pénalités de la facture F-2025-031' }).click()
  const dialog = page.getByRole('dialog', { name: 'Décompte des pénalités — facture F-2025-031' })
  await expect(dialog.getByRole('row').filter({ hasText: '16/05/2025' })).toContainText('165,73')
  await expect(dialog.getByRole('row').filter({ hasText: 'Pénalités et indemnité' })).toContainText('478,69')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})
