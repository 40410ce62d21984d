import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
beforeEach(() => {
  core = createTestCore({ today: '2026-11-23' })
})
afterEach(() => core.dispose())

const h2 = { halfYear: '2026-H2', ecbRefBp: 215, legalIndividualBp: 650, legalOtherBp: 275, source: 'Arrêté du 26 juin 2026 (JORF)' }

describe('rate tables', () => {
  it('lists the seeded half-years, newest first', async () => {
    const rows = await core.ok('rates.list', {})
    expect(rows[0]).toMatchObject({ halfYear: '2026-H1', ecbRefBp: 215, legalOtherBp: 262 })
    expect(rows.at(-1)?.halfYear).toBe('2013-H1')
  })

  it('adds the missing half-year, which silences the warning and feeds the statement', async () => {
    const { id } = await core.ok('clients.create', { code: '411A', name: 'Client A', kind: 'pro' })
    await core.ok('invoices.create', { clientId: id, number: 'F1', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 50_000 })
    expect((await core.ok('penalties.clientStatement', { clientId: id })).warnings.join(' ')).toMatch(/2e semestre 2026/)
    await core.ok('rates.save', h2)
    const statement = await core.ok('penalties.clientStatement', { clientId: id })
    expect(statement.warnings).toEqual([])
    expect((await core.ok('rates.list', {}))[0]).toMatchObject({ halfYear: '2026-H2', source: 'Arrêté du 26 juin 2026 (JORF)' })
  })

  it('corrects a half-year and refuses malformed input, changing nothing', async () => {
    await core.ok('rates.save', { ...h2, halfYear: '2026-H1', ecbRefBp: 200 })
    expect((await core.ok('rates.list', {}))[0]).toMatchObject({ halfYear: '2026-H1', ecbRefBp: 200 })
    const refused = await core.refused('rates.save', { ...h2, halfYear: '2026-S2', ecbRefBp: 2.155, source: '' })
    expect(refused.details?.fields).toEqual({
      halfYear: 'Le semestre s’écrit AAAA-H1 ou AAAA-H2 (exemple : 2026-H2).',
      ecbRefBp: 'Le taux BCE de référence : deux décimales au plus.',
      source: 'La source est obligatoire.',
    })
    expect(core.count('rate_half_years')).toBe(27)
  })
})
