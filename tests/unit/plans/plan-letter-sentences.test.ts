import { describe, expect, it } from 'vitest'
import type { LetterPlan } from '../../../src-main/documents/letters/letter-data'
import { downPaymentSentence, penaltySentence } from '../../../src-main/documents/letters/plan-merge-fields'

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

function plan(overrides: Partial<LetterPlan> = {}): LetterPlan {
  return {
    proposedOn: '2026-11-23',
    acceptedOn: null,
    penalties: 'freeze',
    principalCents: 3_000_00,
    interestCents: 45_67,
    indemnityCents: 80_00,
    coveredCents: 3_000_00,
    frozenClaimCents: 125_67,
    downPaymentCents: 0,
    instalments: [
      { sequence: 1, dueDate: '2026-12-31', amountCents: 1_500_00, remainingCents: 1_500_00 },
      { sequence: 2, dueDate: '2027-01-31', amountCents: 1_500_00, remainingCents: 0 },
    ],
    graceDays: 5,
    breakDays: 15,
    concerned: null,
    ...overrides,
  }
}

describe('the plan agreement’s sentences', () => {
  it('names the penalties and indemnities with their amounts, as the choice treats them', () => {
    expect(plain(penaltySentence(plan()))).toBe(
      'Les pénalités de retard (45,67 €) et les indemnités forfaitaires pour frais de recouvrement (80,00 €) acquises au 23 novembre 2026, soit 125,67 €, restent dues en dehors de l’échéancier ; elles sont gelées : elles n’augmentent plus tant que l’échéancier est respecté.',
    )
    expect(plain(penaltySentence(plan({ penalties: 'include' })))).toMatch(/, soit 125,67 €, sont incluses dans l’échéancier\.$/)
    expect(plain(penaltySentence(plan({ penalties: 'waive' })))).toMatch(/nous y renonçons si l’échéancier est intégralement respecté ; elles redeviendront exigibles s’il est rompu\.$/)
  })

  it('speaks of interest alone for a consumer (no 40 €), and of nothing claimed when nothing is', () => {
    expect(plain(penaltySentence(plan({ indemnityCents: 0 })))).toBe(
      'Les pénalités de retard acquises au 23 novembre 2026, soit 45,67 €, restent dues en dehors de l’échéancier ; elles sont gelées : elles n’augmentent plus tant que l’échéancier est respecté.',
    )
    expect(penaltySentence(plan({ interestCents: 0, indemnityCents: 0 }))).toBe('Aucune pénalité de retard ni indemnité forfaitaire n’est réclamée au 23 novembre 2026.')
  })

  it('states the down payment and what is left for the instalments, or the instalments alone', () => {
    expect(downPaymentSentence(plan())).toBe('Cette somme est réglée en 2 échéances, selon le calendrier ci-dessous :')
    const withDown = plan({
      downPaymentCents: 500_00,
      instalments: [{ sequence: 0, dueDate: '2026-11-30', amountCents: 500_00, remainingCents: 2_500_00 }, { sequence: 1, dueDate: '2026-12-31', amountCents: 2_500_00, remainingCents: 0 }],
    })
    expect(plain(downPaymentSentence(withDown))).toBe(
      'Un acompte de 500,00 € est à verser le 30 novembre 2026 ; le solde, soit 2 500,00 €, est réglé en 1 échéance, selon le calendrier ci-dessous :',
    )
  })
})
