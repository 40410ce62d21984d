import { describe, expect, it } from 'vitest'
import { planInflows, planReminders, trackPlan, type PlanToTrack } from '../../../src-main/domain/plans'
import type { PlanSettingsValues } from '../../../src-shared/contract/plans'

const DELAYS = { graceDays: 5, breakDays: 15 }
const SETTINGS: PlanSettingsValues = { floorCents: 0, ...DELAYS, reminderBeforeDays: 3, reminderBeforeChannel: 'email' }
const plan = (over: Partial<PlanToTrack> = {}): PlanToTrack => ({
  status: 'active',
  proposedOn: '2027-01-10',
  brokenOn: null,
  completedOn: null,
  coveredCents: 90_000,
  instalments: [
    { id: 10, sequence: 0, date: '2027-01-10', amountCents: 30_000 },
    { id: 11, sequence: 1, date: '2027-02-05', amountCents: 30_000 },
    { id: 12, sequence: 2, date: '2027-03-05', amountCents: 30_000 },
  ],
  ...over,
})
const pay = (date: string, amountCents: number) => ({ date, amountCents })
const states = (p: PlanToTrack, payments: Array<{ date: string; amountCents: number }>, asOf: string) => trackPlan(p, payments, asOf, DELAYS).instalments.map((i) => i.state)
const reminders = (p: PlanToTrack, payments: Array<{ date: string; amountCents: number }>, asOf: string, recorded = new Set<string>()) =>
  planReminders(1, trackPlan(p, payments, asOf, DELAYS), asOf, SETTINGS, recorded).map((r) => [r.sequence, r.kind, r.templateCode, r.amountDueCents])

describe('trackPlan: instalments', () => {
  it('applies payments from the proposal on, in date order, down payment first; later payments are not known yet', () => {
    const tracked = trackPlan(plan(), [pay('2027-01-09', 99_000), pay('2027-02-01', 45_000), pay('2027-01-10', 10_000), pay('2027-03-01', 5_000)], '2027-02-10', DELAYS)
    expect(tracked.instalments.map((i) => [i.state, i.paidCents, i.paidOn, i.daysLate])).toEqual([
      ['paid', 30_000, '2027-02-01', 22],
      ['late', 25_000, null, 5],
      ['upcoming', 0, null, 0],
    ])
    // The down payment was paid in full only on 1 February, after its 20 days: broken on 31 January.
    expect(tracked).toMatchObject({ paidCents: 55_000, remainingCents: 35_000, status: 'broken', brokenOn: '2027-01-31' })
  })

  it('says à venir, partiellement payé, payé and en retard', () => {
    expect(states(plan(), [], '2027-01-09')).toEqual(['upcoming', 'upcoming', 'upcoming'])
    expect(states(plan(), [pay('2027-01-10', 40_000)], '2027-01-20')).toEqual(['paid', 'partial', 'upcoming'])
    expect(states(plan(), [pay('2027-01-10', 40_000)], '2027-02-06')).toEqual(['paid', 'late', 'upcoming'])
  })
})

describe('plan states and what each means for reminders', () => {
  it('proposé: no plan reminder (the client’s scenario goes on until it is accepted)', () => {
    expect(trackPlan(plan({ status: 'proposed' }), [], '2027-03-30', DELAYS).status).toBe('proposed')
    expect(reminders(plan({ status: 'proposed' }), [], '2027-02-03')).toEqual([])
  })

  it('actif: a courtesy reminder from 3 days before an unpaid instalment, a missed-instalment one 5 days after, each once', () => {
    const paid = [pay('2027-01-10', 30_000)]
    expect(reminders(plan(), paid, '2027-02-01')).toEqual([])
    expect(reminders(plan(), paid, '2027-02-02')).toEqual([[1, 'before', 'email-rappel-echeance', 30_000]])
    expect(reminders(plan(), paid, '2027-02-02', new Set(['plan:1:11:before']))).toEqual([])
    expect(reminders(plan(), [...paid, pay('2027-02-01', 30_000)], '2027-02-02')).toEqual([])
    expect(reminders(plan(), [...paid, pay('2027-02-05', 10_000)], '2027-02-09')).toEqual([])
    expect(reminders(plan(), [...paid, pay('2027-02-05', 10_000)], '2027-02-10')).toEqual([[1, 'missed', 'email-echeance-impayee', 20_000]])
    const letters = planReminders(1, trackPlan(plan(), paid, '2027-02-10', DELAYS), '2027-02-10', { ...SETTINGS, reminderBeforeChannel: 'letter' }, new Set())
    expect(letters.map((r) => [r.channel, r.templateCode])).toEqual([['letter', 'echeance-impayee']])
  })

  it('actif → soldé on the day of the last cent: no more reminders', () => {
    const tracked = trackPlan(plan(), [pay('2027-01-10', 30_000), pay('2027-02-04', 30_000), pay('2027-03-03', 30_000)], '2027-03-04', DELAYS)
    expect(tracked).toMatchObject({ status: 'completed', completedOn: '2027-03-03', remainingCents: 0, brokenOn: null })
    expect(planReminders(1, tracked, '2027-03-04', SETTINGS, new Set())).toEqual([])
  })

  it('actif → rompu the day after date + grace + break when still not paid in full: the rest is due, plan reminders stop', () => {
    const paid = [pay('2027-01-10', 30_000), pay('2027-02-20', 29_999)]
    expect(trackPlan(plan(), paid, '2027-02-25', DELAYS).status).toBe('active')
    const broken = trackPlan(plan(), paid, '2027-02-26', DELAYS)
    expect(broken).toMatchObject({ status: 'broken', brokenOn: '2027-02-26', remainingCents: 30_001 })
    expect(planReminders(1, broken, '2027-02-26', SETTINGS, new Set())).toEqual([])
    // Paid in full on its last day: kept.
    expect(trackPlan(plan(), [pay('2027-01-10', 30_000), pay('2027-02-25', 30_000)], '2027-03-01', DELAYS).status).toBe('active')
    // Broken stays broken, even when the client pays everything afterwards.
    expect(trackPlan(plan(), [...paid, pay('2027-03-01', 30_001)], '2027-03-10', DELAYS)).toMatchObject({ status: 'broken', brokenOn: '2027-02-26' })
  })

  it('annulé and renégocié are the user’s decisions: never re-judged, no reminders, nothing expected from them', () => {
    for (const status of ['cancelled', 'replaced'] as const) {
      const tracked = trackPlan(plan({ status }), [], '2027-04-01', DELAYS)
      expect(tracked.status).toBe(status)
      expect(planReminders(1, tracked, '2027-02-03', SETTINGS, new Set())).toEqual([])
      expect(planInflows([tracked], '2027-01-04', 8).every((week) => week.amountCents === 0)).toBe(true)
    }
  })

  it('a plan written down as broken keeps its recorded date', () => {
    expect(trackPlan(plan({ status: 'broken', brokenOn: '2027-02-26' }), [], '2027-05-01', DELAYS)).toMatchObject({ status: 'broken', brokenOn: '2027-02-26' })
  })
})
