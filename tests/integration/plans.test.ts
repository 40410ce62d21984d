import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatEuros } from '../../src-shared/money'
import { readXlsxRows } from '../../src-main/import/xlsx/read-xlsx'
import { createTestCore, type TestCore } from '../helpers/test-core'

// The dossier's clock is in the summer; the plan is made in January and judged on dates after it.
const TODAY = '2027-06-30'
const PLAN_DATE = '2027-01-11'
let core: TestCore
let clientId: number
let invoiceIds: number[]

beforeEach(async () => {
  core = createTestCore({ today: TODAY })
  clientId = (await core.ok('clients.create', { code: '411DUPRE', name: 'Établissements Dupré', kind: 'pro', emails: 'compta@dupre.fr' })).id
  invoiceIds = []
  for (const [number, dueDate, amountCents] of [['F1', '2026-11-15', 100_000], ['F2', '2026-12-10', 50_000], ['F3', '2027-02-28', 20_000]] as const) {
    invoiceIds.push((await core.ok('invoices.create', { clientId, number, issueDate: '2026-10-01', dueDate, amountCents })).id)
  }
})
afterEach(() => core.dispose())

const terms = { clientId: 0, instalmentCount: 3, frequency: 'month' as 'month' | 'week', firstDate: '2027-02-05', asOf: PLAN_DATE, penalties: 'waive' as const }

async function acceptedPlan(over: Partial<typeof terms> & Record<string, unknown> = {}): Promise<number> {
  const { id } = await core.ok('plans.create', { ...terms, clientId, ...over })
  await core.ok('plans.accept', { planId: id, acceptedOn: PLAN_DATE })
  return id
}

async function pay(date: string, amountCents: number) {
  await core.ok('payments.record', { clientId, date, amountCents, method: 'virement' })
}

describe('plans.preview', () => {
  it('covers the client’s overdue invoices on the plan date, with the penalties computed by the engine', async () => {
    const view = await core.ok('plans.preview', { ...terms, clientId, penalties: 'include' })
    expect(view.invoices.map((i) => [i.number, i.balanceCents, i.daysLate])).toEqual([['F1', 100_000, 57], ['F2', 50_000, 32]])
    const statement = await core.ok('penalties.clientStatement', { clientId, asOf: PLAN_DATE })
    expect(view.interestCents).toBe(statement.interestCents)
    expect(view.indemnityCents).toBe(8000)
    expect(view.principalCents).toBe(150_000)
    expect(view.coveredCents).toBe(150_000 + statement.interestCents + 8000)
    expect(view.rows.reduce((sum, row) => sum + row.amountCents, 0)).toBe(view.coveredCents)
    expect(view.rows.map((row) => row.date)).toEqual(['2027-02-05', '2027-03-05', '2027-04-05'])

    const frozen = await core.ok('plans.preview', { ...terms, clientId, penalties: 'freeze', downPaymentCents: 30_000 })
    expect(frozen.coveredCents).toBe(150_000)
    expect(frozen.frozenClaimCents).toBe(statement.interestCents + 8000)
    expect(frozen.rows.map((r) => [r.sequence, r.date, r.amountCents, r.remainingCents])).toEqual([
      [0, PLAN_DATE, 30_000, 120_000],
      [1, '2027-02-05', 40_000, 80_000],
      [2, '2027-03-05', 40_000, 40_000],
      [3, '2027-04-05', 40_000, 0],
    ])
    expect(core.count('payment_plans')).toBe(0)
  })

  it('refuses a client with nothing overdue, and contradictory options naming the field', async () => {
    const early = await core.refused('plans.preview', { ...terms, clientId, asOf: '2026-11-10' })
    expect(early.message).toBe("Établissements Dupré n'a aucune facture en retard au 10/11/2026 (hors litiges et échéanciers en cours) : rien à échelonner.")
    const both = await core.refused('plans.preview', { ...terms, clientId, instalmentCents: 10_000 })
    expect(both.details?.fields).toHaveProperty('instalmentCents')
    const notOverdue = await core.refused('plans.preview', { ...terms, clientId, invoiceIds: [invoiceIds[2]] })
    expect(notOverdue.details?.fields).toHaveProperty('invoiceIds')
  })
})

describe('plans: create, accept, list, get', () => {
  it('records a proposed plan, refuses its invoices to a second plan, and activates it on the date agreed', async () => {
    const { id } = await core.ok('plans.create', { ...terms, clientId, edits: [{ sequence: 2, amountCents: 20_000 }], note: 'Accord au téléphone' })
    const detail = await core.ok('plans.get', { planId: id, asOf: PLAN_DATE })
    expect(detail).toMatchObject({ status: 'proposed', proposedOn: PLAN_DATE, acceptedOn: null, coveredCents: 150_000, note: 'Accord au téléphone' })
    expect(detail.instalments.map((i) => [i.sequence, i.amountCents, i.edited, i.state])).toEqual([
      [1, 50_000, false, 'upcoming'],
      [2, 20_000, true, 'upcoming'],
      [3, 80_000, false, 'upcoming'],
    ])
    const again = await core.refused('plans.create', { ...terms, clientId, invoiceIds: [invoiceIds[0]] })
    expect(again.code).toBe('CONFLICT')
    expect(again.message).toBe('Facture F1 déjà dans un échéancier en cours : annulez sa proposition, ou renégociez-le s’il est accepté.')
    expect((await core.refused('plans.accept', { planId: id, acceptedOn: '2027-01-10' })).details?.fields).toHaveProperty('acceptedOn')

    expect((await core.ok('plans.accept', { planId: id, acceptedOn: '2027-01-12' })).acceptedOn).toBe('2027-01-12')
    expect((await core.ok('plans.get', { planId: id, asOf: '2027-01-20' })).status).toBe('active')
    const { rows } = await core.ok('plans.list', { asOf: '2027-01-20' })
    expect(rows).toEqual([
      expect.objectContaining({ id, clientCode: '411DUPRE', status: 'active', nextDueDate: '2027-02-05', nextAmountCents: 50_000, lateCount: 0, remainingCents: 150_000 }),
    ])
    const timeline = core.session.current.sqlite.prepare("SELECT body FROM activities WHERE kind = 'plan' ORDER BY id").all() as Array<{ body: string }>
    expect(timeline.map((t) => t.body)).toEqual([
      `Échéancier proposé : ${formatEuros(150_000)} en 3 échéances, factures F1, F2.`,
      'Échéancier du 11/01/2027 accepté ; les relances de ses factures s’arrêtent tant qu’il est respecté.',
    ])
  })

  it('applies the payments in date order and derives paid, partial and late instalments, then completion', async () => {
    const id = await acceptedPlan()
    await pay('2027-02-03', 50_000)
    await pay('2027-03-01', 30_000)
    let detail = await core.ok('plans.get', { planId: id, asOf: '2027-03-02' })
    expect(detail.instalments.map((i) => [i.state, i.paidCents, i.paidOn])).toEqual([
      ['paid', 50_000, '2027-02-03'],
      ['partial', 30_000, null],
      ['upcoming', 0, null],
    ])
    detail = await core.ok('plans.get', { planId: id, asOf: '2027-03-10' })
    expect(detail.instalments.map((i) => [i.state, i.daysLate])).toEqual([['paid', 0], ['late', 5], ['upcoming', 0]])
    expect(detail).toMatchObject({ status: 'active', lateCount: 1, lateCents: 20_000 })
    await pay('2027-03-12', 70_000)
    detail = await core.ok('plans.get', { planId: id, asOf: '2027-04-06' })
    expect(detail.status).toBe('completed')
    expect(detail.instalments.map((i) => [i.state, i.paidOn, i.daysLate])).toEqual([['paid', '2027-02-03', 0], ['paid', '2027-03-12', 7], ['paid', '2027-03-12', 0]])
    expect(detail.events[0]!.text).toMatch(/^Échéancier proposé : .* en \d+ échéances/)
    expect(detail.events.map((e) => e.on)).toEqual(['2027-01-11', '2027-01-11', '2027-02-03', '2027-02-03', '2027-03-01', '2027-03-12', '2027-03-12', '2027-03-12', '2027-03-12'])
  })

  it('is broken the day after an instalment’s date + grace + break days, and cancelled or renegotiated by hand', async () => {
    const id = await acceptedPlan()
    await pay('2027-02-05', 50_000)
    // Instalment 2 (5 March) unpaid: 5 days of grace and 15 more, so the plan holds until 25 March.
    expect((await core.ok('plans.get', { planId: id, asOf: '2027-03-25' })).status).toBe('active')
    const broken = await core.ok('plans.get', { planId: id, asOf: '2027-03-26' })
    expect(broken).toMatchObject({ status: 'broken', brokenOn: '2027-03-26', remainingCents: 100_000 })

    const { id: renewed } = await core.ok('plans.create', { ...terms, clientId, asOf: '2027-04-01', firstDate: '2027-05-01', replacesPlanId: id })
    await core.ok('plans.accept', { planId: renewed, acceptedOn: '2027-04-02' })
    const old = await core.ok('plans.get', { planId: id, asOf: '2027-04-10' })
    expect(old).toMatchObject({ status: 'replaced', replacedByPlanId: renewed })
    expect((await core.ok('plans.get', { planId: renewed, asOf: '2027-04-10' })).replacesPlanId).toBe(id)

    const cancelled = await core.ok('plans.cancel', { planId: renewed, reason: 'Client en redressement judiciaire' })
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Client en redressement judiciaire' })
    expect((await core.refused('plans.cancel', { planId: renewed, reason: 'encore' })).code).toBe('CONFLICT')
  })

  it('keeps its settings, exports its list, and tells what active plans should bring in week by week', async () => {
    expect(await core.ok('plans.settings', {})).toEqual({ floorCents: 0, graceDays: 5, breakDays: 15, reminderBeforeDays: 3, reminderBeforeChannel: 'email' })
    await core.ok('plans.saveSettings', { floorCents: 60_000, graceDays: 3, breakDays: 10, reminderBeforeDays: 2, reminderBeforeChannel: 'letter' })
    expect((await core.ok('plans.settings', {})).floorCents).toBe(60_000)
    expect((await core.ok('plans.preview', { ...terms, clientId })).warnings.map((w) => w.code)).toEqual(['below_floor', 'below_floor', 'below_floor'])

    const id = await acceptedPlan({ frequency: 'week', firstDate: '2027-01-20' })
    const inflows = await core.ok('plans.inflows', { asOf: '2027-01-13' })
    expect(inflows.map((w) => [w.weekStart, w.amountCents, w.instalments])).toEqual([
      ['2027-01-11', 0, 0],
      ['2027-01-18', 50_000, 1],
      ['2027-01-25', 50_000, 1],
      ['2027-02-01', 50_000, 1],
      ['2027-02-08', 0, 0],
      ['2027-02-15', 0, 0],
      ['2027-02-22', 0, 0],
      ['2027-03-01', 0, 0],
    ])
    const csv = await core.ok('plans.export', { format: 'csv', asOf: '2027-01-13' })
    const text = Buffer.from(csv.base64, 'base64').toString('utf8')
    expect(csv.fileName).toBe('echeanciers-2027-01-13.csv')
    expect(text).toMatch(/411DUPRE;Établissements Dupré;actif;2027-01-11;abandonnées si l’échéancier est respecté;3;1500,00;0,00;1500,00;2027-01-20;500,00;0;0,00;/)
    const xlsx = await core.ok('plans.export', { format: 'xlsx', asOf: '2027-01-13' })
    expect(xlsx.fileName).toBe('echeanciers-2027-01-13.xlsx')
    const path = join(core.folder, xlsx.fileName)
    writeFileSync(path, Buffer.from(xlsx.base64, 'base64'))
    const sheet = await readXlsxRows(path)
    expect(sheet.sheetName).toBe('Échéanciers')
    expect(sheet.rows[1]!.cells.slice(0, 12)).toEqual(['2027-01-11', '411DUPRE', 'Établissements Dupré', 'actif', '2027-01-11', 'abandonnées si l’échéancier est respecté', '3', '1500', '0', '1500', '2027-01-20', '500'])
    expect(sheet.rows[1]!.cells[14] ?? '').toBe('')
    expect((await core.ok('plans.list', { asOf: '2027-01-13', lateOnly: true })).rows).toEqual([])
    expect((await core.ok('plans.list', { asOf: '2027-01-13', search: 'dupre' })).rows.map((r) => r.id)).toEqual([id])
  })
})
