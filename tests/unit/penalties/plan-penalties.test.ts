import { describe, expect, it } from 'vitest'
import { computePenalties, penaltiesUnderPlans, type PlanCover } from '../../../src-main/domain/penalties'
import { periodInterestCents } from '../../../src-main/domain/penalties/period-interest'
import { invoice } from './fixtures'

// 1 000 € due 31 January 2026, judged on 30 June 2026; statutory rate of 2026-H1: 2,15 % + 10 points.
const INPUT = invoice({ amountCents: 100_000, dueDate: '2026-01-31', asOf: '2026-06-30' })
const RATE = 1215
const toAcceptance = computePenalties({ ...INPUT, asOf: '2026-03-01' })
const cover = (over: Partial<PlanCover>): PlanCover => ({ proposedOn: '2026-02-25', acceptedOn: '2026-03-01', resumesOn: null, ended: null, choice: 'freeze', ...over })

describe('penaltiesUnderPlans', () => {
  it('without a plan is the engine’s statement', () => {
    const { planNotes, ...statement } = penaltiesUnderPlans(INPUT, [])
    expect(statement).toEqual(computePenalties(INPUT))
    expect(planNotes).toEqual([])
  })

  it('while a plan is kept, nothing accrues after its acceptance; frozen penalties stay claimed', () => {
    const frozen = penaltiesUnderPlans(INPUT, [cover({ choice: 'freeze' })])
    expect(frozen.periods.map((p) => [p.from, p.to])).toEqual([['2026-02-01', '2026-03-01']])
    expect(frozen.interestCents).toBe(toAcceptance.interestCents)
    expect(frozen.indemnityCents).toBe(4000)
    expect(frozen.unpaidCents).toBe(100_000)
    expect(frozen.planNotes).toEqual(['Pénalités gelées pendant l’échéancier du 25/02/2026 : intérêts arrêtés au 01/03/2026.'])
  })

  it('included or waived penalties are not claimed on the invoice while the plan is kept', () => {
    for (const choice of ['include', 'waive'] as const) {
      const statement = penaltiesUnderPlans(INPUT, [cover({ choice })])
      expect([statement.interestCents, statement.indemnityCents, statement.totalCents, statement.periods]).toEqual([0, 0, 0, []])
    }
    expect(penaltiesUnderPlans(INPUT, [cover({ choice: 'include' })]).planNotes[0]).toBe(
      'Pénalités au 01/03/2026 incluses dans l’échéancier du 25/02/2026 : plus d’intérêts tant qu’il est respecté.',
    )
  })

  it('once broken, interest runs again from the breach date; what was waived stays waived', () => {
    const fromBreach = periodInterestCents(100_000, RATE, 61, 365) // 1 May → 30 June
    for (const choice of ['include', 'freeze'] as const) {
      const statement = penaltiesUnderPlans(INPUT, [cover({ choice, resumesOn: '2026-05-01', ended: 'broken' })])
      expect(statement.periods.map((p) => [p.from, p.to])).toEqual([['2026-02-01', '2026-03-01'], ['2026-05-01', '2026-06-30']])
      expect(statement.interestCents).toBe(toAcceptance.interestCents + fromBreach)
      expect(statement.indemnityCents).toBe(4000)
    }
    const waived = penaltiesUnderPlans(INPUT, [cover({ choice: 'waive', resumesOn: '2026-05-01', ended: 'broken' })])
    expect([waived.interestCents, waived.indemnityCents]).toEqual([fromBreach, 0])
    expect(waived.planNotes).toEqual([
      'L’échéancier du 25/02/2026 rompu le 01/05/2026 : intérêts suspendus du 02/03/2026 au 30/04/2026, ils courent à nouveau depuis le 01/05/2026 ; les pénalités antérieures restent abandonnées.',
    ])
  })

  it('a renegotiated plan suspends interest until the new one, which then decides', () => {
    const first = cover({ resumesOn: '2026-04-01', ended: 'replaced' })
    const second = cover({ proposedOn: '2026-03-30', acceptedOn: '2026-04-01', choice: 'freeze' })
    const statement = penaltiesUnderPlans(INPUT, [first, second])
    expect(statement.periods.map((p) => [p.from, p.to])).toEqual([['2026-02-01', '2026-03-01'], ['2026-04-01', '2026-04-01']])
    expect(statement.interestCents).toBe(toAcceptance.interestCents + periodInterestCents(100_000, RATE, 1, 365))
  })

  it('a payment during the plan lowers the base of the interest that runs again after the breach', () => {
    const paid = { ...INPUT, payments: [{ date: '2026-04-10', amountCents: 40_000 }] }
    const statement = penaltiesUnderPlans(paid, [cover({ resumesOn: '2026-05-01', ended: 'broken' })])
    expect(statement.periods.at(-1)).toMatchObject({ from: '2026-05-01', to: '2026-06-30', baseCents: 60_000 })
    expect(statement.unpaidCents).toBe(60_000)
  })
})
