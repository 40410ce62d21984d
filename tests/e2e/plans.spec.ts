import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { addDays, formatFrenchDate } from '../../src-shared/dates'
import { formatEuros } from '../../src-shared/money'
import { serveApp, type ServedApp } from '../helpers/served-app'
import { InvoicesPage } from './pages/invoices-page'

const TODAY = '2026-11-23'
const SHOTS = '/tmp/plans-ui-shots'
const CHANNEL_TABS = { registered_letter: 'Recommandés (LRAR)', letter: 'Courriers', email: 'E-mails', phone: 'Appels' } as const

let folder: string
let app: ServedApp | null = null
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'encaisse-plans-e2e-'))
  mkdirSync(SHOTS, { recursive: true })
})
test.afterEach(async () => {
  await app?.close()
  app = null
  rmSync(folder, { recursive: true, force: true })
})

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
const euros = (cents: number) => plain(formatEuros(cents))
/** A table cell's text with French spaces made plain. */
const cellText = async (page: Page, name: string) => plain((await page.getByRole('textbox', { name }).inputValue()) ?? '')

test('a plan proposed from the editor is printed, paid once, then broken by a missed instalment: the client is back in Relances', async ({ page }) => {
  // The dossier is served twice (on the plan's day, then past a missed instalment).
  test.setTimeout(120_000)
  const dossierPath = join(folder, 'dossier.sqlite')
  app = await serveApp({ today: TODAY, dossierPath })
  await app.core.ok('demo.create', {})
  // A client the day's reminders chase: the plan will take it out of them, the breach will bring it back.
  const [proposal] = (await app.core.ok('dunning.plan', {})).proposals
  expect(proposal).toBeDefined()
  const { clientId, clientName, clientCode } = proposal!

  await page.goto(`${app.host.url}#/clients/${clientId}`)
  const plans = page.getByRole('region', { name: 'Échéanciers' })
  await expect(plans).toContainText('Aucun échéancier pour ce client.')
  await plans.getByRole('button', { name: 'Proposer un échéancier' }).click()

  const editor = page.getByRole('dialog', { name: `Proposer un échéancier à ${clientName}` })
  const schedule = editor.getByRole('table', { name: 'Calendrier proposé, modifiable ligne par ligne' })
  await expect(schedule.getByRole('row')).toHaveCount(5) // header, 3 instalments, total
  await editor.getByRole('textbox', { name: 'Nombre d’échéances' }).fill('4')
  await editor.getByLabel('Première échéance').fill('2026-12-15')
  await expect(schedule.getByRole('row')).toHaveCount(6)
  await expect(editor.getByLabel('Date de l’échéance 4')).toHaveValue('2027-03-15')

  // The covered amount as the editor states it; every row shown adds up to it.
  const covered = await app.core.ok('plans.preview', { clientId, instalmentCount: 4, firstDate: '2026-12-15' })
  await expect(editor).toContainText(`Montant couvert : ${formatEuros(covered.coveredCents)}`)
  await page.screenshot({ path: join(SHOTS, 'editor.png') })

  // One instalment changed by hand: the rows after it rebalance, the total stays.
  const first = editor.getByRole('textbox', { name: 'Montant de l’échéance 1' })
  await first.fill('100,00')
  await expect(schedule.getByRole('row').nth(1)).toContainText('modifiée')
  const rest = covered.coveredCents - 100_00
  const share = Math.floor(rest / 3)
  await expect(editor.getByRole('textbox', { name: 'Montant de l’échéance 2' })).toHaveValue(plain(euros(share).replace(' €', '')))
  const amounts = await Promise.all([1, 2, 3, 4].map((n) => cellText(page, `Montant de l’échéance ${n}`)))
  const sum = amounts.reduce((total, text) => total + Math.round(Number(text.replace(/ /g, '').replace(',', '.')) * 100), 0)
  expect(sum).toBe(covered.coveredCents)
  await expect(schedule.getByRole('row').last()).toContainText(formatEuros(covered.coveredCents))
  await page.screenshot({ path: join(SHOTS, 'editor-edited.png') })

  // Enter saves the proposal and opens the plan.
  await first.press('Enter')
  await expect(page.getByRole('heading', { name: `Échéancier : ${clientName}` })).toBeVisible()
  const planId = Number(new URL(page.url()).hash.split('/')[2])
  await expect(page.getByRole('heading', { level: 1 })).toContainText('proposé')
  const scheduleTable = page.getByRole('table', { name: 'Échéances et paiements' })
  await expect(scheduleTable.getByRole('row')).toHaveCount(6)
  await expect(scheduleTable.getByRole('row').nth(1)).toContainText('100,00')

  // The agreement, read back: the schedule is in it.
  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Imprimer le protocole' }).click()
  const download = await downloaded
  const pdf = join(folder, 'protocole.pdf')
  await download.saveAs(pdf)
  const text = plain(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })).replace(/[ \t]+/g, ' ')
  expect(text).toMatch(/n° 1 15\/12\/2026 100,00 €/)
  expect(text).toMatch(new RegExp(`n° 2 15/01/2027 ${euros(share)}`))
  expect(text).toMatch(/n° 4 15\/03\/2027/)
  expect(text).toContain(`Total ${euros(covered.coveredCents)}`)

  await page.getByRole('button', { name: 'Marquer comme accepté' }).click()
  const accept = page.getByRole('dialog', { name: 'Échéancier accepté par le client' })
  await accept.getByRole('button', { name: 'Marquer comme accepté' }).click()
  await expect(page.getByRole('status')).toHaveText('Échéancier accepté : il est maintenant actif.')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('actif')
  await page.screenshot({ path: join(SHOTS, 'plan.png'), fullPage: true })

  // The dashboard counts the active plan's instalments of the next eight weeks.
  const inflows = await app.core.ok('plans.inflows', {})
  const expected = inflows.reduce((sum, week) => sum + week.amountCents, 0)
  expect(inflows.some((week) => week.amountCents === 100_00)).toBe(true)
  await page.getByRole('link', { name: 'Tableau de bord' }).click()
  const planInflows = page.getByRole('region', { name: 'Encaissements attendus des échéanciers' })
  await expect(planInflows).toContainText(`Total sur huit semaines : ${formatEuros(expected)}`)
  await planInflows.screenshot({ path: join(SHOTS, 'dashboard-inflows.png') })
  await page.goBack()

  // The client pays the first instalment at once, entered from its file as any payment.
  await page.getByRole('link', { name: clientCode }).click()
  const entry = new InvoicesPage(page)
  const payment = await entry.startPayment()
  await entry.paymentAmount(payment).fill('100,00')
  await entry.savePayment(payment)
  await expect(page.getByRole('status')).toContainText(`Règlement de ${formatEuros(100_00)} enregistré`)
  const clientPlan = page.getByRole('region', { name: 'Échéanciers' }).getByRole('table', { name: 'Échéances et paiements' })
  await expect(clientPlan.getByRole('row').nth(1)).toContainText(`payé ${formatFrenchDate(TODAY)}`)
  await app.close()

  // Past the second instalment, its grace period and the delay before breach.
  const settings = await (async () => {
    const served = await serveApp({ today: '2026-12-20', dossierPath })
    try {
      return await served.core.ok('plans.settings', {})
    } finally {
      await served.close()
    }
  })()
  const later = addDays('2027-01-15', settings.graceDays + settings.breakDays + 1)
  app = await serveApp({ today: later, dossierPath })
  await page.goto(`${app.host.url}#/plans`)
  const list = page.getByRole('table', { name: 'Liste des échéanciers' })
  const row = list.getByRole('row', { name: new RegExp(clientName) })
  await expect(row).toContainText('rompu')
  await page.screenshot({ path: join(SHOTS, 'plans-page.png'), fullPage: true })
  await row.click()
  const paid = page.getByRole('table', { name: 'Échéances et paiements' }).getByRole('row').nth(1)
  await expect(paid).toContainText(`payé ${formatFrenchDate(TODAY)}`)

  await page.getByRole('link', { name: 'Relances' }).click()
  // Broken the day after the grace period and the further delay have run out on the unpaid second instalment.
  const brokenOn = addDays('2027-01-15', settings.graceDays + settings.breakDays + 1)
  expect((await app.core.ok('plans.get', { planId })).brokenOn).toBe(brokenOn)
  await expect(page.getByRole('region', { name: 'Échéanciers : rappels et ruptures' })).toContainText(`${clientName} : échéancier rompu le ${formatFrenchDate(brokenOn)}`)
  // Its invoices are back in the scenario: the client is proposed again, in its step's channel.
  const back = (await app.core.ok('dunning.plan', {})).proposals.find((p) => p.clientId === clientId)
  expect(back).toBeDefined()
  await page.getByRole('tab', { name: new RegExp(`^${CHANNEL_TABS[back!.step.channel]}`) }).click()
  await expect(page.getByRole('table', { name: `Relances proposées : ${CHANNEL_TABS[back!.step.channel]}` }).getByRole('link', { name: clientName })).toBeVisible()
  await page.screenshot({ path: join(SHOTS, 'relances.png') })
  await page.getByRole('region', { name: 'Échéanciers : rappels et ruptures' }).screenshot({ path: join(SHOTS, 'relances-plans.png') })

  await page.goto(`${app.host.url}#/clients/${clientId}`)
  const clientPlans = page.getByRole('region', { name: 'Échéanciers' })
  await expect(clientPlans).toContainText('rompu')
  await expect(clientPlans.getByRole('table', { name: 'Échéances et paiements' }).getByRole('row').nth(1)).toContainText('payé')
  await clientPlans.screenshot({ path: join(SHOTS, 'client-file-plans.png') })
})

test('the editor opens from a proposal in Relances; the Échéanciers page filters and exports its plans; a plan is renegotiated from its page, another cancelled; the settings read French amounts', async ({ page }) => {
  test.setTimeout(90_000)
  app = await serveApp({ today: TODAY, dossierPath: join(folder, 'dossier.sqlite') })
  await app.core.ok('demo.create', {})
  const [a, b, c] = (await app.core.ok('dunning.plan', {})).proposals
  const kept = await app.core.ok('plans.create', { clientId: a!.clientId, instalmentCount: 3, firstDate: '2026-12-10' })
  await app.core.ok('plans.accept', { planId: kept.id, acceptedOn: TODAY })
  const proposed = await app.core.ok('plans.create', { clientId: b!.clientId, instalmentCount: 2, firstDate: '2026-12-20' })

  // From a proposal of the day, the editor opens on that client.
  await page.goto(`${app.host.url}#/reminders`)
  await page.getByRole('tab', { name: new RegExp(`^${CHANNEL_TABS[c!.step.channel]}`) }).click()
  await page.getByRole('button', { name: `Proposer un échéancier à ${c!.clientName}` }).click()
  const fromReminders = page.getByRole('dialog', { name: `Proposer un échéancier à ${c!.clientName}` })
  await expect(fromReminders.getByRole('table', { name: 'Calendrier proposé, modifiable ligne par ligne' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(fromReminders).toBeHidden()

  await page.getByRole('link', { name: 'Échéanciers', exact: true }).click()
  const list = page.getByRole('table', { name: 'Liste des échéanciers' })
  await expect(list.getByRole('row')).toHaveCount(3)
  await page.getByRole('combobox', { name: 'Statut' }).selectOption({ label: 'proposé' })
  await expect(list.getByRole('row')).toHaveCount(2)
  await expect(list.getByRole('row').nth(1)).toContainText(b!.clientName)
  await page.getByRole('button', { name: 'Effacer les filtres' }).click()
  await page.getByRole('searchbox', { name: 'Rechercher un client' }).fill(a!.clientName)
  await expect(list.getByRole('row')).toHaveCount(2)
  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name: 'CSV' }).click()
  const csv = await downloaded
  expect(csv.suggestedFilename()).toMatch(/\.csv$/)
  const saved = join(folder, csv.suggestedFilename())
  await csv.saveAs(saved)
  const exported = readFileSync(saved, 'utf8')
  expect(exported).toContain(a!.clientName)
  expect(exported).not.toContain(b!.clientName)

  // Renegotiated: the editor opens on the plan's invoices; the new plan replaces the old once accepted.
  await list.getByRole('row').nth(1).click()
  await page.getByRole('button', { name: 'Renégocier' }).click()
  const editor = page.getByRole('dialog', { name: `Renégocier l’échéancier de ${a!.clientName}` })
  await expect(editor.getByRole('table', { name: 'Calendrier proposé, modifiable ligne par ligne' })).toBeVisible()
  const count = editor.getByRole('textbox', { name: 'Nombre d’échéances' })
  await count.fill('6')
  await expect(editor.getByLabel('Date de l’échéance 6', { exact: true })).toBeVisible()
  await count.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('proposé')
  const terms = page.getByRole('region', { name: 'Conditions' })
  await expect(terms).toContainText('Remplace l’échéancier')
  await expect(terms.getByRole('link', { name: `n° ${kept.id}` })).toHaveAttribute('href', `#/plans/${kept.id}`)
  await page.getByRole('button', { name: 'Marquer comme accepté' }).click()
  await page.getByRole('dialog', { name: 'Échéancier accepté par le client' }).getByRole('button', { name: 'Marquer comme accepté' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('actif')
  expect((await app.core.ok('plans.get', { planId: kept.id })).status).toBe('replaced')

  // Cancelled with a reason: the reason is kept in the plan's file.
  await page.goto(`${app.host.url}#/plans/${proposed.id}`)
  await page.getByRole('button', { name: 'Annuler l’échéancier' }).click()
  const cancel = page.getByRole('dialog', { name: 'Annuler l’échéancier' })
  await cancel.getByRole('textbox', { name: 'Motif de l’annulation' }).fill('Le client préfère régler en une fois.')
  await cancel.getByRole('button', { name: 'Annuler l’échéancier' }).click()
  await expect(page.getByRole('status')).toHaveText('Échéancier annulé : ses factures reprennent leur scénario de relance.')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('annulé')
  await expect(page.getByRole('region', { name: 'Conditions' })).toContainText('Le client préfère régler en une fois.')

  await page.getByRole('link', { name: 'Paramètres' }).click()
  const settings = page.getByRole('region', { name: 'Échéanciers' })
  await settings.getByRole('textbox', { name: 'Échéance minimale (€)' }).fill('1 234,56')
  await settings.getByRole('textbox', { name: 'Délai de grâce (jours)' }).fill('7')
  await settings.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(settings.getByRole('status')).toHaveText('Réglages des échéanciers enregistrés.')
  expect(await app.core.ok('plans.settings', {})).toMatchObject({ floorCents: 1_234_56, graceDays: 7 })
})
