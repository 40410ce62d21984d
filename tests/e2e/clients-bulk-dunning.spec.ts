import { expect, test } from '@playwright/test'
import { addDays } from '../../src-shared/dates'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { ClientsPage } from './pages/clients-page'

const TODAY = '2026-11-23'
let app: ServedApp

test.beforeEach(async () => {
  app = await serveApp()
})
test.afterEach(async () => {
  await app.close()
})

async function overdueClient(code: string, name: string, segment: string): Promise<number> {
  const { id } = await app.core.ok('clients.create', { code, name, kind: 'pro', segment })
  const dueDate = addDays(TODAY, -40)
  await app.core.ok('invoices.create', { clientId: id, number: `F-${code}`, issueDate: addDays(dueDate, -30), dueDate, amountCents: 120_000 })
  return id
}

test('sets the level reached, then stops and resumes reminders, for the clients selected in the list', async ({ page }) => {
  const dupre = await overdueClient('411DUPRE', 'Établissements Dupré', 'Grands comptes')
  const martin = await overdueClient('411MARTIN', 'Martin SARL', 'Grands comptes')
  const lefevre = await overdueClient('411LEFEV', 'Boulangerie Lefèvre', 'Commerces')
  const clients = new ClientsPage(page)
  await clients.open(app.host.url)

  // Every client the filter shows, selected at once.
  await page.getByRole('combobox', { name: 'Segment' }).selectOption('Grands comptes')
  await expect(clients.table.getByRole('row')).toHaveCount(3)
  await page.getByRole('checkbox', { name: 'Sélectionner les clients affichés' }).check()
  const bulk = page.getByRole('form', { name: 'Relances des clients sélectionnés' })
  await expect(bulk).toContainText('2 clients sélectionnés')
  await bulk.getByRole('combobox', { name: 'Nombre de relances déjà faites' }).selectOption({ label: '2 fois (niveau 2)' })
  await bulk.getByLabel('Date de la dernière relance').fill('2026-10-19')
  await bulk.getByRole('button', { name: 'Appliquer à 2 clients' }).click()
  await expect(page.getByRole('status')).toHaveText('2 clients mis à jour : déjà relancés 2 fois, dernière relance le 19/10/2026.')
  await expect(bulk).toHaveCount(0)
  for (const id of [dupre, martin]) expect((await app.core.ok('dunning.client', { clientId: id })).reached).toEqual({ level: 2, on: '2026-10-19' })
  expect((await app.core.ok('dunning.client', { clientId: lefevre })).reached).toBeNull()
  await page.screenshot({ path: '/tmp/gaps-shots/clients-bulk-done.png' })

  // With the keyboard only: tab to a client's box, space, choose the stop, type the reason, Enter.
  await page.getByRole('combobox', { name: 'Segment' }).selectOption('')
  await expect(clients.table.getByRole('row')).toHaveCount(4)
  await page.getByRole('checkbox', { name: 'Sélectionner les clients affichés' }).focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('checkbox', { name: 'Sélectionner Boulangerie Lefèvre' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(bulk).toContainText('1 client sélectionné')
  await bulk.getByRole('combobox', { name: 'À appliquer' }).selectOption({ label: 'Bloquer les relances' })
  await bulk.getByRole('textbox', { name: 'Motif du blocage' }).fill('Redressement judiciaire')
  await bulk.getByLabel('Jusqu’au (facultatif)').fill('2026-12-31')
  await page.screenshot({ path: '/tmp/gaps-shots/clients-bulk-stop.png' })
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toHaveText('1 client mis à jour : relances bloquées jusqu’au 31/12/2026 (Redressement judiciaire).')
  expect((await app.core.ok('dunning.client', { clientId: lefevre })).stop).toEqual({ since: TODAY, reason: 'Redressement judiciaire', until: '2026-12-31' })
  expect((await app.core.ok('dunning.plan', {})).skipped.filter((s) => s.clientId === lefevre).map((s) => s.reason)).toEqual(['stopped'])

  await clients.row('Boulangerie Lefèvre').getByRole('checkbox').check()
  await bulk.getByRole('combobox', { name: 'À appliquer' }).selectOption({ label: 'Lever le blocage des relances' })
  await bulk.getByRole('button', { name: 'Appliquer à 1 client' }).click()
  await expect(page.getByRole('status')).toHaveText('1 client mis à jour : blocage des relances levé.')
  expect((await app.core.ok('dunning.client', { clientId: lefevre })).stop).toBeNull()

  // A refused change says why and changes nothing.
  await clients.row('Martin SARL').getByRole('checkbox').check()
  await bulk.getByLabel('Date de la dernière relance').fill('2027-01-05')
  await bulk.getByRole('button', { name: 'Appliquer à 1 client' }).click()
  await expect(bulk.getByRole('alert')).toHaveText('La dernière relance ne peut être dans le futur.')
  expect((await app.core.ok('dunning.client', { clientId: martin })).reached).toEqual({ level: 2, on: '2026-10-19' })
})

test('assigns a scenario to every client the filter matches, beyond the page shown', async ({ page }) => {
  const { id: gentle } = await app.core.ok('scenarios.save', {
    name: 'Clients sensibles bis',
    steps: [{ offsetDays: 10, channel: 'phone', level: 1, templateCode: 'script-appel', label: 'Appel courtois' }],
  })
  const ids: number[] = []
  for (let n = 0; n < 205; n++) {
    ids.push((await app.core.ok('clients.create', { code: `411C${String(n).padStart(3, '0')}`, name: `Client ${String(n).padStart(3, '0')}`, kind: 'pro' })).id)
  }
  const other = (await app.core.ok('clients.create', { code: '411ZZZ', name: 'Zoé Martin', kind: 'particulier' })).id
  const clients = new ClientsPage(page)
  await clients.open(app.host.url)
  await clients.search.fill('Client')
  await expect(page.getByText('200 premiers clients', { exact: false })).toBeVisible()
  await page.getByRole('checkbox', { name: 'Sélectionner les clients affichés' }).check()
  const bulk = page.getByRole('form', { name: 'Relances des clients sélectionnés' })
  await expect(bulk).toContainText('200 clients sélectionnés')
  await bulk.getByRole('button', { name: 'Sélectionner tous les clients du filtre' }).click()
  await expect(bulk).toContainText('205 clients sélectionnés')
  await bulk.getByRole('combobox', { name: 'À appliquer' }).selectOption({ label: 'Scénario de relance' })
  await bulk.getByRole('combobox', { name: 'Scénario', exact: true }).selectOption({ label: 'Clients sensibles bis' })
  await bulk.getByRole('button', { name: 'Appliquer à 205 clients' }).click()
  await expect(page.getByRole('status')).toHaveText('205 clients mis à jour : scénario « Clients sensibles bis ».')
  for (const id of [ids[0]!, ids[204]!]) expect((await app.core.ok('dunning.client', { clientId: id })).scenarioId).toBe(gentle)
  expect((await app.core.ok('dunning.client', { clientId: other })).scenarioId).toBeNull()
})
