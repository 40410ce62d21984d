import { describe, expect, it } from 'vitest'
import { computePenalties, type PenaltyStatement } from '../../../src-main/domain/penalties'
import { invoice } from './fixtures'

/**
 * Expected figures are literals worked out by hand from base × rate × days / 365
 * (exact fraction, then half away from zero), not by re-running the engine's code.
 */

/** [from, to, days, base, rate bp, amount] per line: the statement as a letter prints it. */
function lines(statement: PenaltyStatement): Array<[string, string, number, number, number, number]> {
  return statement.periods.map((p) => [p.from, p.to, p.days, p.baseCents, p.rateBp, p.amountCents])
}

function codes(statement: PenaltyStatement): string[] {
  return statement.warnings.map((w) => w.code)
}

describe('computePenalties: professional debtor, statutory rate (L441-10)', () => {
  it('reproduces the worked example of legal-fr.md: 438.69 € + 40 €', () => {
    const statement = computePenalties(
      invoice({
        amountCents: 1_000_000,
        dueDate: '2025-05-15',
        asOf: '2025-09-20',
        payments: [{ date: '2025-09-20', amountCents: 1_000_000 }],
      }),
    )
    // 10 000 × 13.15 % × 46 / 365 = 165.7260… ; 10 000 × 12.15 % × 82 / 365 = 272.9589…
    expect(lines(statement)).toEqual([
      ['2025-05-16', '2025-06-30', 46, 1_000_000, 1315, 16_573],
      ['2025-07-01', '2025-09-20', 82, 1_000_000, 1215, 27_296],
    ])
    expect(statement.periods.map((p) => [p.halfYear, p.yearDays])).toEqual([
      ['2025-H1', 365],
      ['2025-H2', 365],
    ])
    expect(statement.interestCents).toBe(43_869)
    expect(statement.indemnityCents).toBe(4000)
    expect(statement.totalCents).toBe(47_869)
    expect(statement.unpaidCents).toBe(0)
    expect(statement.warnings).toEqual([])
    expect(statement.flags).toEqual([])
  })

  it('gives the same figures when the as-of date is later than the payment', () => {
    const statement = computePenalties(
      invoice({
        amountCents: 1_000_000,
        dueDate: '2025-05-15',
        asOf: '2026-01-31',
        payments: [{ date: '2025-09-20', amountCents: 1_000_000 }],
      }),
    )
    expect(statement.interestCents).toBe(43_869)
    expect(statement.totalCents).toBe(47_869)
  })

  it('owes nothing when paid on the due date or before it', () => {
    for (const date of ['2025-03-31', '2025-03-02']) {
      const statement = computePenalties(
        invoice({ amountCents: 500_000, dueDate: '2025-03-31', asOf: '2025-12-31', payments: [{ date, amountCents: 500_000 }] }),
      )
      expect(statement).toEqual({
        periods: [],
        interestCents: 0,
        indemnityCents: 0,
        totalCents: 0,
        unpaidCents: 0,
        warnings: [],
        flags: [],
      })
    }
  })

  it('owes nothing before the due date is passed', () => {
    const onDueDate = computePenalties(invoice({ amountCents: 500_000, dueDate: '2025-03-31', asOf: '2025-03-31' }))
    expect(onDueDate.totalCents).toBe(0)
    expect(onDueDate.unpaidCents).toBe(500_000)
  })

  it('counts one day for a payment the day after the due date', () => {
    const statement = computePenalties(
      invoice({
        amountCents: 1_000_000,
        dueDate: '2025-05-15',
        asOf: '2025-05-16',
        payments: [{ date: '2025-05-16', amountCents: 1_000_000 }],
      }),
    )
    // 10 000 × 13.15 % / 365 = 3.6027…
    expect(lines(statement)).toEqual([['2025-05-16', '2025-05-16', 1, 1_000_000, 1315, 360]])
    expect(statement.totalCents).toBe(4360)
  })

  it('lowers the base by payments made before the due date', () => {
    const statement = computePenalties(
      invoice({
        amountCents: 1_000_000,
        dueDate: '2025-05-15',
        asOf: '2025-07-31',
        payments: [
          { date: '2025-05-10', amountCents: 600_000 },
          { date: '2025-06-14', amountCents: 400_000 },
        ],
      }),
    )
    // 4 000 × 13.15 % × 30 / 365 = 43.2328…
    expect(lines(statement)).toEqual([['2025-05-16', '2025-06-14', 30, 400_000, 1315, 4323]])
    expect(statement.indemnityCents).toBe(4000)
  })

  it('follows the declining balance across half-years, payments given in any order', () => {
    const statement = computePenalties(
      invoice({
        amountCents: 2_400_000,
        dueDate: '2024-11-30',
        asOf: '2025-10-01',
        payments: [
          { date: '2025-08-05', amountCents: 1_000_000 },
          { date: '2024-12-20', amountCents: 800_000 },
          { date: '2025-03-10', amountCents: 600_000 },
        ],
      }),
    )
    expect(lines(statement)).toEqual([
      ['2024-12-01', '2024-12-20', 20, 2_400_000, 1425, 18_740], // 187.3972…
      ['2024-12-21', '2024-12-31', 11, 1_600_000, 1425, 6871], // 68.7123…
      ['2025-01-01', '2025-03-10', 69, 1_600_000, 1315, 39_774], // 397.7424…
      ['2025-03-11', '2025-06-30', 112, 1_000_000, 1315, 40_351], // 403.5068…
      ['2025-07-01', '2025-08-05', 36, 1_000_000, 1215, 11_984], // 119.8356…
    ])
    expect(statement.interestCents).toBe(117_720)
    // One indemnity per invoice, however many partial payments (D441-5).
    expect(statement.indemnityCents).toBe(4000)
    expect(statement.totalCents).toBe(121_720)
    expect(statement.unpaidCents).toBe(0)
  })

  it('adds payments made on the same day', () => {
    const statement = computePenalties(
      invoice({
        amountCents: 1_000_000,
        dueDate: '2025-05-15',
        asOf: '2025-09-20',
        payments: [
          { date: '2025-09-20', amountCents: 400_000 },
          { date: '2025-09-20', amountCents: 600_000 },
        ],
      }),
    )
    expect(statement.interestCents).toBe(43_869)
  })

  it('runs to the as-of date when still unpaid, and ignores payments after it', () => {
    const statement = computePenalties(
      invoice({
        amountCents: 1_000_000,
        dueDate: '2025-05-15',
        asOf: '2025-06-30',
        payments: [{ date: '2025-07-15', amountCents: 1_000_000 }],
      }),
    )
    expect(lines(statement)).toEqual([['2025-05-16', '2025-06-30', 46, 1_000_000, 1315, 16_573]])
    expect(statement.unpaidCents).toBe(1_000_000)
    expect(statement.totalCents).toBe(20_573)
  })

  it('keeps the 1 July reference through the 2022 rate rise, then takes the 1 January 2023 one', () => {
    // The ECB raised its rate on 27 July 2022, but 2022-H2 keeps the rate in force on
    // 1 July (0 %): 10 %, then 2.50 % + 10 points from 1 January 2023.
    const statement = computePenalties(invoice({ amountCents: 5_000_000, dueDate: '2022-10-31', asOf: '2023-04-30' }))
    expect(lines(statement)).toEqual([
      ['2022-11-01', '2022-12-31', 61, 5_000_000, 1000, 83_562], // 835.6164…
      ['2023-01-01', '2023-04-30', 120, 5_000_000, 1250, 205_479], // 2 054.7945…
    ])
    expect(statement.totalCents).toBe(293_041)
  })

  it('applies the statutory default as it stands even below the 3× floor (2024-H1)', () => {
    const statement = computePenalties(invoice({ amountCents: 1_000_000, dueDate: '2024-02-29', asOf: '2024-03-31' }))
    expect(statement.periods.map((p) => p.rateBp)).toEqual([1450])
    expect(statement.warnings).toEqual([])
  })
})

describe('computePenalties: agreed rates', () => {
  const paidLate = { amountCents: 1_000_000, dueDate: '2025-05-15', asOf: '2025-09-20' }

  it('applies a fixed rate above the floor without warning', () => {
    const statement = computePenalties(invoice({ ...paidLate, ratePolicy: { kind: 'fixed', rateBp: 1500 } }))
    expect(lines(statement)).toEqual([
      ['2025-05-16', '2025-06-30', 46, 1_000_000, 1500, 18_904], // 189.0410…
      ['2025-07-01', '2025-09-20', 82, 1_000_000, 1500, 33_699], // 336.9863…
    ])
    expect(statement.totalCents).toBe(56_603)
    expect(statement.warnings).toEqual([])
  })

  it('warns for each half-year whose floor a fixed rate falls below', () => {
    // Floors: 2025-H1 3 × 3.71 % = 11.13 %, 2025-H2 3 × 2.76 % = 8.28 %.
    const statement = computePenalties(invoice({ ...paidLate, ratePolicy: { kind: 'fixed', rateBp: 1000 } }))
    expect(statement.interestCents).toBe(12_603 + 22_466)
    expect(statement.warnings).toEqual([
      {
        code: 'RATE_BELOW_FLOOR',
        halfYear: '2025-H1',
        message:
          'Taux convenu de 10,00\u00a0% inférieur au minimum légal du 1er semestre 2025 ' +
          '(3 × 3,71\u00a0% = 11,13\u00a0%, C. com. art. L441-10).',
      },
    ])
  })

  it('follows the legal rate half-year by half-year for a multiple of it', () => {
    const statement = computePenalties(invoice({ ...paidLate, ratePolicy: { kind: 'legalInterestMultiple', factor: 3 } }))
    expect(lines(statement)).toEqual([
      ['2025-05-16', '2025-06-30', 46, 1_000_000, 1113, 14_027], // 140.2684…
      ['2025-07-01', '2025-09-20', 82, 1_000_000, 828, 18_602], // 186.0164…
    ])
    expect(statement.warnings).toEqual([])
  })

  it('warns when the multiple is below three', () => {
    const statement = computePenalties(invoice({ ...paidLate, ratePolicy: { kind: 'legalInterestMultiple', factor: 2 } }))
    expect(statement.periods.map((p) => [p.rateBp, p.amountCents])).toEqual([
      [742, 9351],
      [552, 12_401],
    ])
    expect(statement.warnings.map((w) => [w.code, w.halfYear])).toEqual([
      ['RATE_BELOW_FLOOR', '2025-H1'],
      ['RATE_BELOW_FLOOR', '2025-H2'],
    ])
  })
})

describe('computePenalties: consumer debtor (C. civ. 1231-6, 1344-1)', () => {
  const consumer = { amountCents: 150_000, dueDate: '2025-05-15', debtor: 'particulier' as const }

  it('charges nothing without a formal notice, and says why', () => {
    const statement = computePenalties(invoice({ ...consumer, asOf: '2025-09-20' }))
    expect(statement.totalCents).toBe(0)
    expect(statement.unpaidCents).toBe(150_000)
    expect(statement.warnings).toEqual([
      {
        code: 'NOTICE_REQUIRED',
        message:
          'Débiteur particulier : les intérêts au taux légal ne courent qu’à compter de la mise en demeure ' +
          '(C. civ. art. 1231-6 et 1344-1) ; aucune mise en demeure au 20/09/2025.',
      },
    ])
  })

  it('charges nothing before the notice is received', () => {
    const statement = computePenalties(invoice({ ...consumer, noticeDate: '2025-06-10', asOf: '2025-06-05' }))
    expect(statement.totalCents).toBe(0)
    expect(codes(statement)).toEqual(['NOTICE_REQUIRED'])
  })

  it('runs the "autres cas" legal rate from the day after the notice, with no indemnity', () => {
    const statement = computePenalties(invoice({ ...consumer, noticeDate: '2025-06-10', asOf: '2025-09-20' }))
    expect(lines(statement)).toEqual([
      ['2025-06-11', '2025-06-30', 20, 150_000, 371, 305], // 3.0493…
      ['2025-07-01', '2025-09-20', 82, 150_000, 276, 930], // 9.3008…
    ])
    expect(statement.indemnityCents).toBe(0)
    expect(statement.totalCents).toBe(1235)
    expect(statement.warnings).toEqual([])
  })

  it('charges interest on what is left after payments made before the notice', () => {
    const statement = computePenalties(
      invoice({
        ...consumer,
        noticeDate: '2025-06-10',
        asOf: '2025-06-30',
        payments: [{ date: '2025-06-01', amountCents: 50_000 }],
      }),
    )
    // 1 000 × 3.71 % × 20 / 365 = 2.0328…
    expect(lines(statement)).toEqual([['2025-06-11', '2025-06-30', 20, 100_000, 371, 203]])
  })

  it('gives no effect to a notice sent before the due date', () => {
    const statement = computePenalties(invoice({ ...consumer, noticeDate: '2025-05-01', asOf: '2025-09-20' }))
    expect(statement.totalCents).toBe(0)
    expect(statement.warnings).toEqual([
      {
        code: 'NOTICE_BEFORE_DUE_DATE',
        message:
          'Mise en demeure du 01/05/2025 antérieure à l’échéance du 15/05/2025 : ' +
          'sans effet sur une somme pas encore exigible, aucun intérêt calculé.',
      },
    ])
  })

  it('counts from the day after a notice received on the due date', () => {
    const statement = computePenalties(invoice({ ...consumer, noticeDate: '2025-05-15', asOf: '2025-05-16' }))
    expect(lines(statement)).toEqual([['2025-05-16', '2025-05-16', 1, 150_000, 371, 15]]) // 0.1524…
  })

  it('applies the legal rate, not an agreed one, and says so', () => {
    const statement = computePenalties(
      invoice({ ...consumer, noticeDate: '2025-06-10', asOf: '2025-09-20', ratePolicy: { kind: 'fixed', rateBp: 1500 } }),
    )
    expect(statement.periods.map((p) => p.rateBp)).toEqual([371, 276])
    expect(codes(statement)).toEqual(['CONSUMER_AGREED_RATE_NOT_APPLIED'])
  })

  it('says nothing when the consumer paid in time', () => {
    const statement = computePenalties(
      invoice({ ...consumer, asOf: '2025-09-20', payments: [{ date: '2025-05-15', amountCents: 150_000 }] }),
    )
    expect(statement.warnings).toEqual([])
    expect(statement.totalCents).toBe(0)
  })
})

describe('computePenalties: rounding once per line, half away from zero', () => {
  it('rounds an exact half cent up (10 %: 1 000.25 € × 73 days = 20.005 €)', () => {
    // 2022-H2 statutory rate: 0 % + 10 points. 100 025 × 1 000 × 73 / 3 650 000 = 2 000.5 exactly.
    const half = computePenalties(invoice({ amountCents: 100_025, dueDate: '2022-07-31', asOf: '2022-10-12' }))
    expect(lines(half)).toEqual([['2022-08-01', '2022-10-12', 73, 100_025, 1000, 2001]])
    // One cent of base less: 2 000.48 → 2 000.
    const below = computePenalties(invoice({ amountCents: 100_024, dueDate: '2022-07-31', asOf: '2022-10-12' }))
    expect(below.interestCents).toBe(2000)
  })

  it('rounds an exact half cent up at 13.15 % (10 050 € × 73 days = 264.315 €)', () => {
    // 1 005 000 × 1 315 × 73 / 3 650 000 = 26 431.5 exactly.
    const statement = computePenalties(invoice({ amountCents: 1_005_000, dueDate: '2025-01-31', asOf: '2025-04-14' }))
    expect(lines(statement)).toEqual([['2025-02-01', '2025-04-14', 73, 1_005_000, 1315, 26_432]])
  })

  it('rounds each line, and the interest is the sum of the rounded lines', () => {
    // Two lines of 73 days on 1 000.25 € at 10 %: 20.005 € each, so 40.02 € printed and
    // charged, where rounding the exact total (40.01 €) would not add up on the letter.
    const statement = computePenalties(
      invoice({ amountCents: 100_025, dueDate: '2022-04-18', asOf: '2022-09-11', ratePolicy: { kind: 'fixed', rateBp: 1000 } }),
    )
    expect(lines(statement)).toEqual([
      ['2022-04-19', '2022-06-30', 73, 100_025, 1000, 2001],
      ['2022-07-01', '2022-09-11', 73, 100_025, 1000, 2001],
    ])
    expect(statement.interestCents).toBe(4002)
  })
})

describe('computePenalties: day-count basis', () => {
  const acrossLeapYear = { amountCents: 1_000_000, dueDate: '2023-11-30', asOf: '2024-03-31' }

  it('divides by 365 by default, leap year or not', () => {
    const statement = computePenalties(invoice(acrossLeapYear))
    expect(statement.periods.map((p) => [p.days, p.yearDays, p.rateBp, p.amountCents])).toEqual([
      [31, 365, 1400, 11_890], // 118.9041…
      [91, 365, 1450, 36_151], // 361.5068…
    ])
  })

  it('divides the days of 2024 by 366 on the actual basis, those of 2023 by 365', () => {
    const statement = computePenalties(invoice({ ...acrossLeapYear, dayCount: 'actual' }))
    expect(statement.periods.map((p) => [p.from, p.to, p.days, p.yearDays, p.rateBp, p.amountCents])).toEqual([
      ['2023-12-01', '2023-12-31', 31, 365, 1400, 11_890],
      ['2024-01-01', '2024-03-31', 91, 366, 1450, 36_052], // 10 000 × 14.50 % × 91 / 366 = 360.5191…
    ])
    expect(statement.interestCents).toBe(47_942)
  })

  it('rounds an exact half cent up on the actual basis (1 000.50 € × 10 % × 61 / 366 = 16.675 €)', () => {
    const statement = computePenalties(
      invoice({ amountCents: 100_050, dueDate: '2020-01-31', asOf: '2020-04-01', dayCount: 'actual' }),
    )
    expect(statement.periods.map((p) => [p.days, p.yearDays, p.rateBp, p.amountCents])).toEqual([[61, 366, 1000, 1668]])
  })
})

describe('computePenalties: overpayment, flags and refused input', () => {
  it('leaves nothing unpaid and warns about an overpayment', () => {
    const statement = computePenalties(
      invoice({ amountCents: 100_000, dueDate: '2025-05-15', asOf: '2025-06-30', payments: [{ date: '2025-05-15', amountCents: 112_345 }] }),
    )
    expect(statement.unpaidCents).toBe(0)
    expect(statement.totalCents).toBe(0)
    expect(statement.warnings).toEqual([
      {
        code: 'OVERPAYMENT',
        message: 'Paiements supérieurs au montant de la facture : excédent de 123,45\u00a0€ à traiter comme un avoir.',
      },
    ])
  })

  it('flags a claim nearing prescription: 5 years between professionals, 2 against consumers', () => {
    const pro = computePenalties(invoice({ amountCents: 100_000, dueDate: '2021-03-31', asOf: '2025-10-01' }))
    expect(pro.flags).toEqual([
      {
        code: 'PRESCRIPTION_APPROACHING',
        expiresOn: '2026-03-31',
        message:
          'Prescription le 31/03/2026 (5 ans, C. com. art. L110-4) : agir en justice avant cette date, ' +
          'une mise en demeure ne l’interrompt pas.',
      },
    ])
    // The alert starts six months before: on 30 September 2025, not the day before.
    const alertStart = computePenalties(invoice({ amountCents: 100_000, dueDate: '2021-03-31', asOf: '2025-09-30' }))
    expect(alertStart.flags.map((f) => f.code)).toEqual(['PRESCRIPTION_APPROACHING'])
    const notYet = computePenalties(invoice({ amountCents: 100_000, dueDate: '2021-03-31', asOf: '2025-09-29' }))
    expect(notYet.flags).toEqual([])

    const consumer = computePenalties(
      invoice({ amountCents: 100_000, dueDate: '2024-02-29', asOf: '2026-03-01', debtor: 'particulier', noticeDate: '2024-03-15' }),
    )
    // 29 February 2026 does not exist: the period ends on the last day of February.
    expect(consumer.flags).toEqual([
      {
        code: 'PRESCRIPTION_EXPIRED',
        expiresOn: '2026-02-28',
        message:
          'Créance prescrite : délai expiré le 28/02/2026 (2 ans, C. consom. art. L218-2), ' +
          'sauf interruption (reconnaissance de dette, action en justice).',
      },
    ])
  })

  it('does not flag prescription when nothing is owed', () => {
    const statement = computePenalties(
      invoice({ amountCents: 100_000, dueDate: '2019-03-31', asOf: '2025-10-01', payments: [{ date: '2019-03-01', amountCents: 100_000 }] }),
    )
    expect(statement.flags).toEqual([])
  })

  it('flags payment terms beyond the legal caps of L441-10 I', () => {
    const at = (dueDate: string, basis?: 'days60' | 'endOfMonth45' | 'periodic45') =>
      computePenalties(
        invoice({ amountCents: 100_000, dueDate, asOf: '2025-01-15', terms: { issueDate: '2025-01-15', ...(basis && { basis }) } }),
      ).flags
    expect(at('2025-03-16')).toEqual([])
    expect(at('2025-03-17')).toEqual([
      {
        code: 'PAYMENT_TERMS_BEYOND_CAP',
        latestLegalDueDate: '2025-03-16',
        message:
          'Échéance du 17/03/2025 au-delà du délai légal de 60 jours à compter de la date de la facture ' +
          '(au plus tard le 16/03/2025, C. com. art. L441-10 I).',
      },
    ])
    // 45 days end of month, both CEPC countings: 1 March → 31 March; 31 January + 45 days → 17 March.
    expect(at('2025-03-31', 'endOfMonth45')).toEqual([])
    expect(at('2025-04-01', 'endOfMonth45').map((f) => f.code === 'PAYMENT_TERMS_BEYOND_CAP' && f.latestLegalDueDate)).toEqual([
      '2025-03-31',
    ])
    expect(at('2025-03-01', 'periodic45')).toEqual([])
    expect(at('2025-03-02', 'periodic45')).toHaveLength(1)
  })

  it('refuses malformed input instead of computing', () => {
    const base = invoice({ amountCents: 100_000, dueDate: '2025-05-15', asOf: '2025-06-30' })
    expect(() => computePenalties({ ...base, dueDate: '2025-02-30' })).toThrow(/dueDate/)
    expect(() => computePenalties({ ...base, amountCents: -1 })).toThrow(/amountCents/)
    expect(() => computePenalties({ ...base, amountCents: 10.5 })).toThrow(/amountCents/)
    expect(() => computePenalties({ ...base, payments: [{ date: '2025-06-01', amountCents: -5 }] })).toThrow(/payments/)
    expect(() => computePenalties({ ...base, ratePolicy: { kind: 'fixed', rateBp: 12.5 } })).toThrow(/fixed rate/)
    expect(() => computePenalties({ ...base, ratePolicy: { kind: 'legalInterestMultiple', factor: 0 } })).toThrow(/multiple/)
    expect(() => computePenalties({ ...base, debtor: 'client' as never })).toThrow(/debtor/)
    expect(() => computePenalties({ ...base, terms: { issueDate: '2025-06-01' } })).toThrow(/invoice date/)
  })
})
