import { describe, expect, it } from 'vitest'
import { penaltyCase, penaltyCases } from '../../../src-shared/contract/penalty-case'
import { sortPenaltyCases } from '../../../src-main/cli/penalty-cases'
import { computePenalties } from '../../../src-main/domain/penalties'
import { penaltyCaseResult } from '../../../src-main/handlers/penalties'
import { FRENCH_RATES } from './fixtures'

const workedExample = {
  id: 'F-2025-042',
  amount: '10000.00',
  dueDate: '2025-05-15',
  asOf: '2025-09-20',
  payments: [{ date: '2025-09-20', amount: '10000.00' }],
}

/** One case that must be accepted, as the channel's handler receives it. */
function accepted(value: unknown) {
  return penaltyCase.parse(value)
}

/** The statement of one valid case, as `penalties.compute` answers it. */
function computed(value: unknown) {
  const { id, ...input } = accepted(value)
  return penaltyCaseResult(id, computePenalties({ ...input, rates: FRENCH_RATES }))
}

/** The refusal of one bad field of an otherwise valid case, as `encaisse penalties` reports it. */
function errorFor(fields: Record<string, unknown>, drop: string[] = []): unknown {
  const value: Record<string, unknown> = { ...workedExample, ...fields }
  for (const key of drop) delete value[key]
  const { refused } = sortPenaltyCases([value])
  return refused[0] ?? 'accepted'
}

describe('penalty cases: parsing', () => {
  it('reads a full case into the engine input, with defaults for what is left out', () => {
    const [full, minimal] = penaltyCases.parse([
      {
        ...workedExample,
        debtor: 'particulier',
        noticeDate: '2025-06-01',
        rate: { kind: 'fixed', pct: '15,5' },
        dayCount: 'actual',
      },
      { id: 'min', amount: '0.01', dueDate: '2025-05-15', asOf: '2025-05-15' },
    ])
    expect(full).toEqual({
      id: 'F-2025-042',
      amountCents: 1_000_000,
      dueDate: '2025-05-15',
      asOf: '2025-09-20',
      debtor: 'particulier',
      noticeDate: '2025-06-01',
      payments: [{ date: '2025-09-20', amountCents: 1_000_000 }],
      ratePolicy: { kind: 'fixed', rateBp: 1550 },
      dayCount: 'actual',
    })
    expect(minimal).toEqual({
      id: 'min',
      amountCents: 1,
      dueDate: '2025-05-15',
      asOf: '2025-05-15',
      debtor: 'pro',
      payments: [],
      ratePolicy: { kind: 'legal' },
      dayCount: '365',
    })
  })

  it('reads a multiple of the legal rate', () => {
    const parsed = accepted({ ...workedExample, rate: { kind: 'legalInterestMultiple', factor: '3' } })
    expect(parsed.ratePolicy).toEqual({ kind: 'legalInterestMultiple', factor: 3 })
  })

  it('names the case and the field of an impossible date, in French', () => {
    expect(errorFor({ id: 'x', dueDate: '2025-02-30' })).toEqual({
      id: 'x',
      index: 0,
      field: 'dueDate',
      message: 'Cas « x » : champ « dueDate » : date invalide (attendu AAAA-MM-JJ).',
    })
  })

  it('refuses each kind of bad field with its reason', () => {
    const message = (fields: Record<string, unknown>, drop: string[] = []) => (errorFor(fields, drop) as { message: string }).message
    expect(message({}, ['amount'])).toBe(
      'Cas « F-2025-042 » : champ « amount » : montant manquant (texte décimal attendu, ex. « 1234.56 »).',
    )
    expect(message({ amount: '-5.00' })).toBe('Cas « F-2025-042 » : champ « amount » : montant négatif.')
    expect(message({ amount: '0.00' })).toBe('Cas « F-2025-042 » : champ « amount » : montant nul.')
    expect(message({ amount: 10000 })).toBe(
      'Cas « F-2025-042 » : champ « amount » : montant invalide (texte décimal à deux décimales au plus attendu, ex. « 1234.56 »).',
    )
    expect(message({ amount: '10 000,001' })).toMatch(/champ « amount » : montant invalide/)
    expect(message({}, ['asOf'])).toBe('Cas « F-2025-042 » : champ « asOf » : date manquante (attendu AAAA-MM-JJ).')
    expect(message({ asOf: '20/09/2025' })).toBe('Cas « F-2025-042 » : champ « asOf » : date invalide (attendu AAAA-MM-JJ).')
    expect(message({ noticeDate: '2025-13-01' })).toMatch(/champ « noticeDate » : date invalide/)
    expect(message({ debtor: 'entreprise' })).toBe(
      'Cas « F-2025-042 » : champ « debtor » : type de débiteur inconnu (attendu « pro » ou « particulier »).',
    )
    expect(message({ payments: { date: '2025-09-20' } })).toMatch(/champ « payments » : liste de paiements attendue/)
    expect(message({ payments: [{ date: '2025-09-20', amount: '1.00' }, { date: '2025-09-31', amount: '1.00' }] })).toMatch(
      /champ « payments\[1\]\.date » : date invalide/,
    )
    expect(message({ payments: [{ date: '2025-09-20', amount: '-1.00' }] })).toMatch(/champ « payments\[0\]\.amount » : montant négatif/)
    expect(message({ payments: [{ date: '2025-09-20', amount: '1.00', mode: 'virement' }] })).toMatch(
      /champ « payments\[0\]\.mode » : champ inconnu \(champs possibles : date, amount\)/,
    )
    expect(message({ rate: { kind: 'contractuel' } })).toMatch(/champ « rate\.kind » : type de taux inconnu/)
    expect(message({ rate: { kind: 'fixed', pct: '15.005' } })).toMatch(/champ « rate\.pct » : taux invalide/)
    expect(message({ rate: { kind: 'fixed' } })).toMatch(/champ « rate\.pct » : taux invalide/)
    expect(message({ rate: { kind: 'legalInterestMultiple', factor: '1.5' } })).toMatch(/champ « rate\.factor » : multiple invalide/)
    expect(message({ rate: { kind: 'legalInterestMultiple', factor: '0' } })).toMatch(/champ « rate\.factor » : multiple invalide/)
    expect(message({ rate: { kind: 'legal', pct: '12.00' } })).toMatch(/champ « rate\.pct » : champ inconnu/)
    expect(message({ dayCount: '360' })).toMatch(/champ « dayCount » : base de calcul inconnue/)
    expect(message({ duedate: '2025-05-15' })).toMatch(/^Cas « F-2025-042 » : champ « duedate » : champ inconnu/)
  })

  it('names a case without a usable id by its position, and refuses a repeated id', () => {
    const { accepted, refused } = sortPenaltyCases([workedExample, { ...workedExample, id: '' }, 'F-3', workedExample])
    expect(accepted).toEqual([workedExample])
    expect(refused.map((r) => [r.index, r.id, r.message])).toEqual([
      [1, null, 'Cas n° 2 : champ « id » : identifiant manquant (texte non vide attendu).'],
      [2, null, 'Cas n° 3 : cas invalide (objet JSON attendu).'],
      [3, null, 'Cas n° 4 : champ « id » : identifiant « F-2025-042 » déjà utilisé par le cas n° 1.'],
    ])
    // The channel itself refuses the repeated id, whoever calls it.
    expect(penaltyCases.safeParse([workedExample, workedExample]).error?.issues).toMatchObject([
      { path: [1, 'id'], message: 'identifiant « F-2025-042 » déjà utilisé par le cas n° 1' },
    ])
  })

  it('refuses input that is not an array of cases', () => {
    expect(sortPenaltyCases({ cases: [] })).toEqual({ accepted: { cases: [] }, refused: [] })
    expect(penaltyCases.safeParse({ cases: [] }).error?.issues[0]?.message).toBe(
      'Entrée invalide : un tableau JSON de cas est attendu.',
    )
  })
})

describe('penalty cases: formatting', () => {
  it('round-trips the worked example: 438.69 € of penalties and 40 €', () => {
    const json = JSON.parse(JSON.stringify(workedExample))
    expect(computed(json)).toEqual({
      id: 'F-2025-042',
      interest: '438.69',
      indemnity: '40.00',
      total: '478.69',
      periods: [
        { from: '2025-05-16', to: '2025-06-30', days: 46, base: '10000.00', ratePct: '13.15', amount: '165.73' },
        { from: '2025-07-01', to: '2025-09-20', days: 82, base: '10000.00', ratePct: '12.15', amount: '272.96' },
      ],
      warnings: [],
      flags: [],
    })
  })

  it('writes warnings and flags as French sentences', () => {
    const result = computed({
      id: 'late',
      amount: '1000.00',
      dueDate: '2026-05-31',
      asOf: '2026-07-10',
      rate: { kind: 'fixed', pct: '5.50' },
    })
    expect(result.periods.map((p) => [p.ratePct, p.amount])).toEqual([
      ['5.50', '4.52'], // 1 000 × 5.5 % × 30 / 365 = 4.5205…
      ['5.50', '1.51'], // 1 000 × 5.5 % × 10 / 365 = 1.5068…
    ])
    expect(result.warnings).toEqual([
      'Taux du 2e semestre 2026 non renseigné : taux du 1er semestre 2026 utilisé.',
      'Taux convenu de 5,50\u00a0% inférieur au minimum légal du 1er semestre 2026 (3 × 2,62\u00a0% = 7,86\u00a0%, C. com. art. L441-10).',
      'Taux convenu de 5,50\u00a0% inférieur au minimum légal du 2e semestre 2026 (3 × 2,62\u00a0% = 7,86\u00a0%, C. com. art. L441-10).',
    ])
    expect(result.total).toBe('46.03')
  })

  it('computes the good cases and reports the bad ones in the same run', () => {
    const { accepted, refused } = sortPenaltyCases([workedExample, { ...workedExample, id: 'bad', dueDate: '2025-02-30' }])
    expect((accepted as unknown[]).map((value) => computed(value).total)).toEqual(['478.69'])
    expect(refused.map((error) => error.field)).toEqual(['dueDate'])
  })
})
