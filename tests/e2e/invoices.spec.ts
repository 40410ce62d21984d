import { expect, test } from '@playwright/test'
import { addDays } from '../../src-shared/dates'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { InvoicesPage } from './pages/invoices-page'

// The served dossier's "today" is 2026-11-23 (tests/helpers/test-core.ts).
const euros = (text: string) => text.replace(/ /g, '\u202f').replace(/ €$/, '\u00a0€')

let app: ServedApp
test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

test('two invoices entered in the form, a partial payment allocated to one: states and « Reste dû » follow', async ({ page }) => {
  const { id: clientId } = await app.core.ok('clients.create', { code: '411DUPRE', name: 'Établissements Dupré', kind: 'pro', termsDays: 30 })
  const invoices = new InvoicesPage(page)
  await invoices.open(app.host.url)
  await expect(page.getByText('Aucune facture ouverte')).toBeVisible()

  let form = await invoices.startInvoice()
  await invoices.chooseClient(form, 'dupre', /411DUPRE\s*Établissements Dupré/)
  await invoices.fillInvoice(form, { number: 'FA-2026-001', issueDate: '2026-09-01', dueDate: '2026-10-01', amount: '1 200,00', label: 'Travaux' })
  await invoices.saveInvoice(form)
  await expect(invoices.notice).toHaveText('Facture FA-2026-001 enregistrée, échéance le 01/10/2026.')

  // No due date typed: the core computes it from the client's 30 days and says which.
  form = await invoices.startInvoice()
  await invoices.chooseClient(form, '411DUP', /Établissements Dupré/)
  await expect(form.getByText('Laissez vide : calculée selon les conditions du client (30 jours).')).toBeVisible()
  await expect(form.getByLabel('Date d’émission')).toHaveValue('2026-11-23')
  await invoices.fillInvoice(form, { number: 'FA-2026-002', amount: '1000.00', amountExclTax: '833,33' })
  await invoices.saveInvoice(form)
  await expect(invoices.notice).toHaveText('Facture FA-2026-002 enregistrée, échéance le 23/12/2026.')

  await expect(invoices.dataRows()).toHaveCount(2)
  await expect(invoices.cell('FA-2026-001', 'État')).toHaveText('Échue — 53 j de retard')
  await expect(invoices.cell('FA-2026-001', 'Reste dû')).toHaveText(euros('1 200,00 €'))
  await expect(invoices.cell('FA-2026-002', 'État')).toHaveText('Ouverte')
  await expect(invoices.cell('FA-2026-002', 'Échéance')).toHaveText('23/12/2026')
  await expect(invoices.row('FA-2026-002')).toContainText('411DUPRE')

  // The core proposes the oldest due first; the client said the cheque pays FA-2026-002, so the lines are edited.
  const payment = await invoices.startPayment()
  await invoices.chooseClient(payment, 'dupré', /Établissements Dupré/)
  await expect(payment.getByText(`Solde ${euros('2 200,00 €')}, dont ${euros('1 200,00 €')} échu.`)).toBeVisible()
  await invoices.paymentAmount(payment).fill('400')
  await expect(invoices.allocationLine(payment, 'FA-2026-001')).toHaveValue('400,00')
  await expect(invoices.allocationLine(payment, 'FA-2026-002')).toHaveValue('')
  await payment.getByRole('combobox', { name: 'Mode de règlement' }).selectOption({ label: 'Chèque' })
  await payment.getByRole('textbox', { name: 'Référence' }).fill('Chèque 0012345')
  await invoices.allocationLine(payment, 'FA-2026-001').fill('')
  await invoices.allocationLine(payment, 'FA-2026-002').fill('400,00')
  await expect(invoices.paymentTotal(payment, 'Total affecté')).toContainText(euros('400,00 €'))
  await expect(invoices.paymentTotal(payment, 'Laissé en crédit du client')).toContainText(euros('0,00 €'))
  await invoices.savePayment(payment)
  await expect(invoices.notice).toHaveText(`Règlement de ${euros('400,00 €')} enregistré ; affecté à FA-2026-002.`)

  await expect(invoices.cell('FA-2026-002', 'État')).toHaveText('Partiellement réglée')
  await expect(invoices.cell('FA-2026-002', 'Reste dû')).toHaveText(euros('600,00 €'))
  await expect(invoices.cell('FA-2026-001', 'Reste dû')).toHaveText(euros('1 200,00 €'))
  await expect(invoices.cell('FA-2026-001', 'État')).toHaveText('Échue — 53 j de retard')

  const stored = await app.core.ok('invoices.list', { clientId })
  expect(stored.rows.map((row) => [row.number, row.balanceCents, row.amountCents])).toEqual([
    ['FA-2026-001', 120_000, 120_000],
    ['FA-2026-002', 60_000, 100_000],
  ])
  const [recorded] = await app.core.ok('payments.list', { clientId })
  expect(recorded).toMatchObject({ method: 'cheque', reference: 'Chèque 0012345', amountCents: 40_000, invoiceNumbers: ['FA-2026-002'] })
})

test('an overpayment settles the invoice and leaves the rest as a credit of the client', async ({ page }) => {
  const { id: clientId } = await app.core.ok('clients.create', { code: '411LEF', name: 'Boulangerie Lefèvre', kind: 'pro' })
  await app.core.ok('invoices.create', { clientId, number: 'F-300', issueDate: '2026-10-01', dueDate: '2026-10-31', amountCents: 30_000 })
  const invoices = new InvoicesPage(page)
  await invoices.open(app.host.url)

  const payment = await invoices.startPayment()
  await invoices.chooseClient(payment, 'lefevre', /Boulangerie Lefèvre/)
  await invoices.paymentAmount(payment).fill('450,00')
  await expect(invoices.allocationLine(payment, 'F-300')).toHaveValue('300,00')
  await expect(invoices.paymentTotal(payment, 'Laissé en crédit du client')).toContainText(euros('150,00 €'))

  // Allocating more than the cheque is caught before anything is sent.
  await invoices.allocationLine(payment, 'F-300').fill('500')
  await expect(payment.getByText(`Dépasse le reste dû (${euros('300,00 €')}).`)).toBeVisible()
  await invoices.savePayment(payment)
  await expect(payment.getByText('Vérifiez les champs signalés.')).toBeVisible()
  expect(app.core.count('payments')).toBe(0)

  await payment.getByRole('button', { name: 'Répartir au plus ancien' }).click()
  await expect(invoices.allocationLine(payment, 'F-300')).toHaveValue('300,00')
  await invoices.savePayment(payment)
  await expect(invoices.notice).toHaveText(
    `Règlement de ${euros('450,00 €')} enregistré ; affecté à F-300 ; ${euros('150,00 €')} laissés en crédit du client.`,
  )
  // Settled, it leaves « Ouvertes », where the page opens.
  await expect(invoices.row('F-300')).toHaveCount(0)
  await invoices.filter('Toutes')
  await expect(invoices.cell('F-300', 'État')).toHaveText('Réglée')
  await expect(invoices.cell('F-300', 'Reste dû')).toHaveText(euros('0,00 €'))
  expect((await app.core.ok('clients.get', { id: clientId })).creditCents).toBe(15_000)
})

test('a credit note entered from « Nouvel avoir » is listed apart, negative, as available', async ({ page }) => {
  const { id: clientId } = await app.core.ok('clients.create', { code: '411MART', name: 'Garage Martin', kind: 'pro' })
  await app.core.ok('invoices.create', { clientId, number: 'F-1', issueDate: '2026-11-01', dueDate: '2026-12-01', amountCents: 50_000 })
  const invoices = new InvoicesPage(page)
  await invoices.open(app.host.url)

  const form = await invoices.startInvoice('Nouvel avoir')
  // Picked from the keyboard: Enter takes the highlighted client and does not submit the form.
  const picker = form.getByRole('combobox', { name: 'Client' })
  await picker.fill('garage')
  await expect(page.getByRole('option', { name: /411MART\s*Garage Martin/ })).toHaveAttribute('aria-selected', 'true')
  await picker.press('Enter')
  await expect(picker).toHaveValue('411MART — Garage Martin')
  expect(app.core.count('invoices')).toBe(1)
  await invoices.fillInvoice(form, { number: 'AV-1', amount: '80', label: 'Remise commerciale' })
  await invoices.saveInvoice(form)
  await expect(invoices.notice).toHaveText('Avoir AV-1 enregistré : il est disponible pour ce client.')
  await invoices.filter('Toutes')
  await expect(invoices.row('AV-1')).toContainText('Avoir')
  await expect(invoices.cell('AV-1', 'Montant TTC')).toHaveText(`-${euros('80,00 €')}`)
  await expect(invoices.cell('AV-1', 'État')).toHaveText('Avoir disponible')
  const [note] = (await app.core.ok('invoices.list', { search: 'AV-1' })).rows
  expect(note).toMatchObject({ kind: 'credit_note', amountCents: 8_000, clientId })
})

test('a due date before the issue date, or an unreadable amount, is refused in French and nothing is written', async ({ page }) => {
  await app.core.ok('clients.create', { code: '411DUP', name: 'Établissements Dupré', kind: 'pro' })
  const invoices = new InvoicesPage(page)
  await invoices.open(app.host.url)
  const form = await invoices.startInvoice()

  // Nothing picked, amount unreadable: told before calling the core.
  await invoices.fillInvoice(form, { number: 'F-9', amount: '12 34,5' })
  await invoices.saveInvoice(form)
  await expect(form.getByRole('combobox', { name: 'Client' })).toHaveAccessibleDescription('Choisissez le client dans la liste.')
  await expect(form.getByRole('textbox', { name: 'Montant TTC (€)' })).toHaveAccessibleDescription(
    'Montant illisible : écrivez par exemple 1\u00a0234,56.',
  )
  expect(app.core.count('invoices')).toBe(0)

  await invoices.chooseClient(form, 'dupre', /Établissements Dupré/)
  await invoices.fillInvoice(form, { issueDate: '2026-11-10', dueDate: '2026-11-01', amount: '1 234,56' })
  await invoices.saveInvoice(form)
  await expect(form.getByText('Vérifiez les champs signalés.')).toBeVisible()
  await expect(form.getByLabel('Échéance', { exact: true })).toHaveAccessibleDescription("L'échéance ne peut précéder la date d'émission.")
  await expect(form.getByLabel('Échéance', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByRole('textbox', { name: 'Montant TTC (€)' })).toHaveAttribute('aria-invalid', 'false')
  expect(app.core.count('invoices')).toBe(0)

  // An amount left empty: refused in the contract's own words, before the core is even called.
  const creations: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/ipc/invoices.create')) creations.push(request.url())
  })
  await invoices.fillInvoice(form, { dueDate: '2026-12-10', amount: '' })
  await invoices.saveInvoice(form)
  await expect(form.getByRole('textbox', { name: 'Montant TTC (€)' })).toHaveAccessibleDescription(
    'Le montant TTC est obligatoire ou illisible (exemple : 1 234,56).',
  )
  await expect(form.getByText('Vérifiez les champs signalés.')).toBeVisible()
  expect(creations).toEqual([])
  expect(app.core.count('invoices')).toBe(0)

  await invoices.fillInvoice(form, { amount: '1 234,56' })
  await invoices.saveInvoice(form)
  await expect(invoices.notice).toHaveText('Facture F-9 enregistrée, échéance le 10/12/2026.')
  expect(creations).toHaveLength(1)
  expect(app.core.count('invoices')).toBe(1)
  const [stored] = (await app.core.ok('invoices.list', {})).rows
  expect(stored).toMatchObject({ number: 'F-9', amountCents: 123_456, issueDate: '2026-11-10', dueDate: '2026-12-10' })
})

/** 250 invoices, alternately for two clients, issued a day apart from 1 June 2026, due 30 days later. */
async function seedLedger() {
  const alpha = await app.core.ok('clients.create', { code: '411ALPHA', name: 'Alpha Béton', kind: 'pro' })
  const bravo = await app.core.ok('clients.create', { code: '411BRAVO', name: 'Bravo Élec', kind: 'pro' })
  const seeded: { id: number; number: string; dueDate: string; clientId: number }[] = []
  for (let i = 1; i <= 250; i++) {
    const clientId = i % 2 === 1 ? alpha.id : bravo.id
    const issueDate = addDays('2026-06-01', i - 1)
    const number = `FA-${String(i).padStart(4, '0')}`
    const { id, dueDate } = await app.core.ok('invoices.create', { clientId, number, issueDate, dueDate: addDays(issueDate, 30), amountCents: i * 1_000 })
    seeded.push({ id, number, dueDate, clientId })
  }
  // The first ten are paid in full, the twentieth is disputed.
  for (const invoice of seeded.slice(0, 10)) {
    await app.core.ok('payments.record', {
      clientId: invoice.clientId,
      date: '2026-11-01',
      amountCents: Number(invoice.number.slice(3)) * 1_000,
      method: 'virement',
      allocation: [{ invoiceId: invoice.id, amountCents: Number(invoice.number.slice(3)) * 1_000 }],
    })
  }
  await app.core.ok('disputes.open', { invoiceId: seeded[19]!.id, reason: 'prix' })
  return seeded
}

test('opens on « Ouvertes », oldest due first, and pages through 250 invoices a hundred at a time', async ({ page }) => {
  await seedLedger()
  const invoices = new InvoicesPage(page)
  await invoices.open(app.host.url)

  // Daily work first: what is still owed, the oldest due date first; not what was paid long ago.
  await expect(page.getByRole('tab', { name: 'Ouvertes' })).toHaveAttribute('aria-selected', 'true')
  await expect(invoices.range).toHaveText('1–100 sur 240')
  await expect(invoices.dataRows().first()).toContainText('FA-0011')
  await expect(page.getByRole('columnheader', { name: /Échéance/ })).toHaveAttribute('aria-sort', 'ascending')

  await invoices.filter('Toutes')
  await expect(invoices.range).toHaveText('1–100 sur 250')
  await expect(invoices.dataRows()).toHaveCount(100)
  await expect(invoices.dataRows().first()).toContainText('FA-0001')
  await expect(invoices.pager.getByRole('button', { name: /Précédente/ })).toBeDisabled()

  await invoices.nextPage()
  await expect(invoices.range).toHaveText('101–200 sur 250')
  await expect(invoices.dataRows().first()).toContainText('FA-0101')

  await invoices.lastPage()
  await expect(invoices.range).toHaveText('201–250 sur 250')
  await expect(invoices.dataRows()).toHaveCount(50)
  await expect(invoices.dataRows().last()).toContainText('FA-0250')
  await expect(invoices.pager.getByRole('button', { name: /Suivante/ })).toBeDisabled()

  await invoices.previousPage()
  await expect(invoices.range).toHaveText('101–200 sur 250')

  // A new filter starts again from the first page.
  await invoices.filter('Ouvertes')
  await expect(invoices.range).toHaveText('1–100 sur 240')
  await expect(invoices.dataRows().first()).toContainText('FA-0011')
})

test('filters by state, searches, narrows the due dates and sorts by column', async ({ page }) => {
  const seeded = await seedLedger()
  const overdue = seeded.filter((invoice) => invoice.dueDate < '2026-11-23').length - 10
  const invoices = new InvoicesPage(page)
  await invoices.open(app.host.url)

  await invoices.filter('Échues')
  await expect(invoices.range).toHaveText(`1–${Math.min(100, overdue)} sur ${overdue}`)
  await expect(invoices.cell('FA-0011', 'État')).toHaveText(/^Échue — \d+ j de retard$/)

  await invoices.filter('Payées')
  await expect(invoices.range).toHaveText('1–10 sur 10')
  await expect(invoices.pager).toHaveCount(0)
  await expect(invoices.cell('FA-0005', 'État')).toHaveText('Réglée')

  await invoices.filter('En litige')
  await expect(invoices.range).toHaveText('1 sur 1')
  await expect(invoices.dataRows()).toHaveCount(1)
  await expect(invoices.cell('FA-0020', 'État')).toHaveText(/Échue — \d+ j de retard\s*Litige/)

  await invoices.filter('Toutes')
  await invoices.search.fill('bravo elec')
  await expect(invoices.range).toHaveText('1–100 sur 125')
  await invoices.search.fill('FA-0123')
  await expect(invoices.dataRows()).toHaveCount(1)
  await invoices.search.fill('introuvable')
  await expect(page.getByText('Aucune facture ne correspond à ces critères.')).toBeVisible()
  await page.getByRole('button', { name: 'Effacer les filtres' }).first().click()
  await expect(invoices.range).toHaveText('1–100 sur 250')

  await invoices.dueBetween('2026-07-01', '2026-07-10')
  await expect(invoices.range).toHaveText('1–10 sur 10')
  await expect(invoices.dataRows().first()).toContainText('FA-0001')
  await page.getByRole('button', { name: 'Effacer les filtres' }).first().click()

  await expect(invoices.columnHeader('Échéance')).toHaveAttribute('aria-sort', 'ascending')
  await invoices.sortBy('Montant TTC')
  await expect(invoices.columnHeader('Montant TTC')).toHaveAttribute('aria-sort', 'ascending')
  await expect(invoices.columnHeader('Échéance')).toHaveAttribute('aria-sort', 'none')
  await expect(invoices.dataRows().first()).toContainText('FA-0001')
  await invoices.sortBy('Montant TTC')
  await expect(invoices.columnHeader('Montant TTC')).toHaveAttribute('aria-sort', 'descending')
  await expect(invoices.dataRows().first()).toContainText('FA-0250')
  await expect(invoices.cell('FA-0250', 'Montant TTC')).toHaveText(euros('2 500,00 €'))
  await invoices.sortBy('Client')
  await expect(invoices.dataRows().first()).toContainText('Alpha Béton')
  await invoices.sortBy('Client')
  await expect(invoices.dataRows().first()).toContainText('Bravo Élec')
})

test('an invoice is corrected from its number: the due date moves, the amount cannot go below what is paid', async ({ page }) => {
  const { id: clientId } = await app.core.ok('clients.create', { code: '411LEF', name: 'Boulangerie Lefèvre', kind: 'pro' })
  await app.core.ok('invoices.create', { clientId, number: 'FA-100', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 150_000 })
  await app.core.ok('payments.record', { clientId, date: '2026-10-05', amountCents: 50_000, method: 'virement' })
  const invoices = new InvoicesPage(page)
  await invoices.open(app.host.url)

  // The number opens the invoice itself, as in Sage or EBP: what settled it, its penalties, its history; « Corriger » is inside.
  await invoices.row('FA-100').getByRole('button', { name: 'Ouvrir la pièce FA-100' }).click()
  const invoice = page.getByRole('dialog', { name: 'Facture FA-100' })
  await expect(invoice.getByRole('table', { name: 'Règlements et avoirs imputés' })).toContainText(`05/10/2026Règlement${euros('500,00 €')}`)
  await expect(invoice.getByRole('table', { name: 'Pénalités de retard à ce jour' })).toContainText('01/10/2026')
  await expect(invoice).toContainText(`Reste dû${euros('1 000,00 €')}`)
  await invoice.getByRole('button', { name: 'Corriger' }).click()
  const form = page.getByRole('form', { name: 'Corriger la pièce FA-100' })
  await expect(form.getByRole('combobox', { name: 'Client' })).toBeDisabled()
  // The fixed client cannot take the focus: the dialog starts at the number, and Escape goes back to the invoice.
  await expect(form.getByRole('textbox', { name: 'N° de facture' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await invoice.getByRole('button', { name: 'Corriger' }).click()
  await expect(form.getByText(`Déjà réglé ou imputé : ${euros('500,00 €')}. Le montant ne peut descendre en dessous.`)).toBeVisible()
  await expect(form.getByRole('textbox', { name: 'Montant TTC (€)' })).toHaveValue(/^1\s500,00$/)

  await invoices.fillInvoice(form, { amount: '400,00' })
  await form.getByRole('button', { name: 'Enregistrer les corrections' }).click()
  await expect(form.getByText(`Le montant ne peut être inférieur à ce qui est déjà lettré (${euros('500,00 €')}).`)).toBeVisible()

  await invoices.fillInvoice(form, { amount: '1 400,00', dueDate: '2026-12-15' })
  await form.getByRole('button', { name: 'Enregistrer les corrections' }).click()
  await expect(invoices.notice).toHaveText('Pièce FA-100 corrigée, échéance le 15/12/2026.')
  await expect(invoices.cell('FA-100', 'Échéance')).toHaveText('15/12/2026')
  await expect(invoices.cell('FA-100', 'Reste dû')).toHaveText(euros('900,00 €'))
  await expect(invoices.cell('FA-100', 'État')).toHaveText('Partiellement réglée')
})
