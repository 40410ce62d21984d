import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
beforeEach(() => {
  core = createTestCore({ today: '2026-11-23' })
})
afterEach(() => core.dispose())

async function client(code: string, extra: Record<string, unknown> = {}) {
  return (await core.ok('clients.create', { code, name: `Client ${code}`, kind: 'pro', ...extra })).id
}

describe('the client penalty statement', () => {
  it('computes each late invoice from its payments and the dossier rates, and the whole claim', async () => {
    const id = await client('411A')
    // The legal-fr.md worked example: paid late in full, penalties and indemnity still due.
    await core.ok('invoices.create', { clientId: id, number: 'F-2025-031', issueDate: '2025-04-15', dueDate: '2025-05-15', amountCents: 1_000_000 })
    await core.ok('payments.record', { clientId: id, date: '2025-09-20', amountCents: 1_000_000, method: 'virement' })
    // Open and 53 days late: 2026-H2 has no rate yet, so 2026-H1's (2,15 % + 10) is used and said.
    await core.ok('invoices.create', { clientId: id, number: 'F-2026-101', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 50_000 })
    // Not due yet: not in the statement.
    await core.ok('invoices.create', { clientId: id, number: 'F-2026-140', issueDate: '2026-11-15', dueDate: '2026-12-15', amountCents: 9_999 })

    const statement = await core.ok('penalties.clientStatement', { clientId: id })
    expect(statement.asOf).toBe('2026-11-23')
    expect(statement.invoices.map((s) => [s.number, s.unpaidCents, s.interestCents, s.indemnityCents])).toEqual([
      ['F-2025-031', 0, 43_869, 4_000],
      ['F-2026-101', 50_000, 882, 4_000],
    ])
    expect(statement.invoices[0]?.periods).toEqual([
      { from: '2025-05-16', to: '2025-06-30', days: 46, baseCents: 1_000_000, rateBp: 1315, amountCents: 16_573 },
      { from: '2025-07-01', to: '2025-09-20', days: 82, baseCents: 1_000_000, rateBp: 1215, amountCents: 27_296 },
    ])
    expect(statement).toMatchObject({ principalCents: 50_000, interestCents: 44_751, indemnityCents: 8_000, claimCents: 102_751 })
    expect(statement.warnings.join(' ')).toMatch(/2e semestre 2026/)
  })

  it('follows the client policy: a negotiated fixed rate, or penalties waived', async () => {
    const fixed = await client('411F', { penaltyPolicy: 'fixed', penaltyRateBp: 1500 })
    await core.ok('invoices.create', { clientId: fixed, number: 'F1', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 50_000 })
    const [line] = (await core.ok('penalties.clientStatement', { clientId: fixed })).invoices
    // 500 € × 15 % × 53 / 365 = 10,89 €
    expect(line).toMatchObject({ interestCents: 1_089, periods: [{ rateBp: 1500, days: 53 }] })

    const waived = await client('411W', { penaltyPolicy: 'none' })
    await core.ok('invoices.create', { clientId: waived, number: 'F2', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 50_000 })
    const statement = await core.ok('penalties.clientStatement', { clientId: waived })
    expect(statement).toMatchObject({ principalCents: 50_000, interestCents: 0, indemnityCents: 0, claimCents: 50_000 })
    expect(statement.warnings).toEqual([expect.stringContaining('non réclamées')])
  })

  it('asks for a formal notice before charging a consumer, and never the 40 €', async () => {
    const id = await client('411P', { kind: 'particulier' })
    await core.ok('invoices.create', { clientId: id, number: 'F1', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 50_000 })
    const statement = await core.ok('penalties.clientStatement', { clientId: id })
    expect(statement).toMatchObject({ principalCents: 50_000, interestCents: 0, indemnityCents: 0 })
    expect(statement.warnings.join(' ')).toMatch(/mise en demeure/)
  })

  it('takes an as-of date and refuses an impossible one', async () => {
    const id = await client('411A')
    await core.ok('invoices.create', { clientId: id, number: 'F1', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 50_000 })
    expect((await core.ok('penalties.clientStatement', { clientId: id, asOf: '2026-10-01' })).invoices).toEqual([])
    const refused = await core.refused('penalties.clientStatement', { clientId: id, asOf: '2026-02-30' })
    expect(refused.details?.fields).toEqual({ asOf: "La date du décompte n'est pas une date valide (AAAA-MM-JJ)." })
  })
})

describe('one invoice statement', () => {
  it('is the same statement as in the client statement, and null when not late', async () => {
    const id = await client('411A')
    const late = await core.ok('invoices.create', { clientId: id, number: 'F1', issueDate: '2025-04-15', dueDate: '2025-05-15', amountCents: 1_000_000 })
    await core.ok('payments.record', { clientId: id, date: '2025-09-20', amountCents: 1_000_000, method: 'virement' })
    const notDue = await core.ok('invoices.create', { clientId: id, number: 'F2', issueDate: '2026-11-15', dueDate: '2026-12-15', amountCents: 9_999 })
    const one = await core.ok('penalties.invoiceStatement', { invoiceId: late.id })
    const all = await core.ok('penalties.clientStatement', { clientId: id })
    expect(one.statement).toEqual(all.invoices[0])
    expect(one.statement).toMatchObject({ interestCents: 43_869, indemnityCents: 4_000, totalCents: 47_869 })
    expect(await core.ok('penalties.invoiceStatement', { invoiceId: notDue.id })).toEqual({ asOf: '2026-11-23', statement: null })
    expect((await core.refused('penalties.invoiceStatement', { invoiceId: 999 })).code).toBe('NOT_FOUND')
  })
})
