import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addDays } from '../../src-shared/dates'
import { isValidIban, isValidSiren, isValidSiret } from '../../src-shared/identifiers'
import { clientSearchKey } from '../../src-main/data/french-text'
import { createTestCore, type TestCore } from '../helpers/test-core'

const TODAY = '2026-11-23'

let core: TestCore
beforeEach(() => {
  core = createTestCore({ today: TODAY })
})
afterEach(() => core.dispose())

function all<T>(sql: string, ...params: unknown[]): T[] {
  return core.session.current.sqlite.prepare(sql).all(...params) as T[]
}

function value(sql: string, ...params: unknown[]): number {
  return core.session.current.sqlite.prepare(sql).pluck().get(...params) as number
}

/** Balance of each invoice (payments and credit notes applied to it). */
const INVOICE_BALANCES = `
  SELECT i.*, i.amount_cents - coalesce((SELECT sum(a.amount_cents) FROM allocations a WHERE a.invoice_id = i.id), 0) AS balance
  FROM invoices i WHERE i.kind = 'invoice'`

describe('demonstration dossier', () => {
  it('fills an empty dossier and says what it holds', async () => {
    const summary = await core.ok('demo.create', {})
    expect(summary.clients).toBeGreaterThanOrEqual(60)
    expect(summary.invoices).toBeGreaterThanOrEqual(800)
    expect(summary.creditNotes).toBeGreaterThan(0)
    expect(summary.payments).toBeGreaterThan(0)
    expect(summary.disputes).toBe(3)
    expect(core.count('clients')).toBe(summary.clients)
    expect(value("SELECT count(*) FROM invoices WHERE kind = 'invoice'")).toBe(summary.invoices)
    expect(value("SELECT count(*) FROM invoices WHERE kind = 'credit_note'")).toBe(summary.creditNotes)
    expect(core.count('payments')).toBe(summary.payments)
    expect(core.count('disputes')).toBe(3)
  })

  it('records one demo import batch that every invoice and payment points at, so it can be undone', async () => {
    await core.ok('demo.create', {})
    const batches = all<{ id: number; kind: string; counts: string }>('SELECT id, kind, counts FROM import_batches')
    expect(batches).toHaveLength(1)
    const [batch] = batches
    expect(batch?.kind).toBe('demo')
    expect(JSON.parse(batch?.counts ?? '{}')).toMatchObject({ disputes: 3 })
    expect(value('SELECT count(*) FROM invoices WHERE import_batch_id IS NOT ?', batch?.id)).toBe(0)
    expect(value('SELECT count(*) FROM payments WHERE import_batch_id IS NOT ?', batch?.id)).toBe(0)
  })

  it('writes French client files: accents, valid SIREN for businesses, a few private persons, varied terms', async () => {
    await core.ok('demo.create', {})
    const clients = all<{
      code: string; name: string; search_key: string; kind: string; siren: string | null; siret: string | null
      emails: string | null; phone: string | null; city: string | null; postal_code: string | null
      terms_days: number; terms_end_of_month: number
    }>('SELECT * FROM clients')
    const consumers = clients.filter((c) => c.kind === 'particulier')
    expect(consumers.length).toBeGreaterThanOrEqual(6)
    expect(consumers.length).toBeLessThan(clients.length / 4)
    expect(consumers.every((c) => c.siren === null)).toBe(true)
    const pros = clients.filter((c) => c.kind === 'pro')
    expect(pros.every((c) => c.siren !== null && isValidSiren(c.siren) && c.siret !== null && isValidSiret(c.siret))).toBe(true)
    expect(clients.every((c) => c.search_key === clientSearchKey(c.name, c.code))).toBe(true)
    expect(clients.every((c) => /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(c.emails ?? '') && /^0\d( \d\d){4}$/.test(c.phone ?? ''))).toBe(true)
    expect(clients.every((c) => /^\d{5}$/.test(c.postal_code ?? '') && c.city)).toBe(true)
    expect(clients.filter((c) => /[éèêëàâçîïôûùœ]/i.test(c.name)).length).toBeGreaterThan(clients.length / 4)
    expect(clients.filter((c) => /[éèêëàâçîïôûùœ]/i.test(c.city ?? '')).length).toBeGreaterThan(5)
    const terms = new Set(clients.map((c) => `${c.terms_days}${c.terms_end_of_month ? ' fin de mois' : ''}`))
    expect(terms).toEqual(new Set(['30', '45 fin de mois', '60']))
    expect((await core.ok('clients.list', { search: 'lefevre' })).map((c) => c.name)).toContain('Boulangerie Lefèvre')
    expect((await core.ok('clients.list', {})).some((c) => c.kind === 'particulier' && c.name === 'Hélène Bérard')).toBe(true)
  })

  it('dates everything within the two years before today, due dates from the client terms', async () => {
    await core.ok('demo.create', {})
    const oldest = addDays(TODAY, -735)
    expect(value('SELECT count(*) FROM invoices WHERE issue_date < ? OR issue_date > ?', oldest, TODAY)).toBe(0)
    expect(value('SELECT count(*) FROM payments WHERE date < ? OR date > ?', oldest, TODAY)).toBe(0)
    expect(value("SELECT count(*) FROM activities WHERE occurred_on > ?", TODAY)).toBe(0)
    expect(value('SELECT count(*) FROM disputes WHERE opened_on > ?', TODAY)).toBe(0)
    // 45 days end of month always falls on the last day of a month.
    expect(
      value(`SELECT count(*) FROM invoices i JOIN clients c ON c.id = i.client_id
             WHERE i.kind = 'invoice' AND c.terms_end_of_month = 1 AND date(i.due_date, '+1 day') NOT LIKE '%-01'`),
    ).toBe(0)
  })

  it('keeps every ledger invariant: allocations within invoices, payments and credit notes; balances add up', async () => {
    await core.ok('demo.create', {})
    expect(value(`SELECT count(*) FROM (${INVOICE_BALANCES}) WHERE balance < 0`)).toBe(0)
    expect(
      value(`SELECT count(*) FROM payments p
             WHERE (SELECT coalesce(sum(a.amount_cents), 0) FROM allocations a WHERE a.payment_id = p.id) > p.amount_cents`),
    ).toBe(0)
    expect(
      value(`SELECT count(*) FROM invoices n WHERE n.kind = 'credit_note'
             AND (SELECT coalesce(sum(a.amount_cents), 0) FROM allocations a WHERE a.credit_note_id = n.id) > n.amount_cents`),
    ).toBe(0)
    // Money only moves within one client, onto invoices, and not before they exist.
    expect(
      value(`SELECT count(*) FROM allocations a JOIN invoices i ON i.id = a.invoice_id
             LEFT JOIN payments p ON p.id = a.payment_id LEFT JOIN invoices n ON n.id = a.credit_note_id
             WHERE i.kind <> 'invoice' OR i.client_id <> coalesce(p.client_id, n.client_id) OR coalesce(p.date, n.issue_date) < i.issue_date`),
    ).toBe(0)
    const ledger = value(`SELECT (SELECT sum(amount_cents) FROM invoices WHERE kind = 'invoice')
                               - (SELECT sum(amount_cents) FROM payments)
                               - (SELECT sum(amount_cents) FROM invoices WHERE kind = 'credit_note')`)
    const clients = await core.ok('clients.list', {})
    expect(clients.reduce((sum, c) => sum + c.balanceCents, 0)).toBe(ledger)
    const open = value(`SELECT sum(balance) FROM (${INVOICE_BALANCES})`)
    const credits = value(`SELECT (SELECT sum(amount_cents) FROM payments) + (SELECT sum(amount_cents) FROM invoices WHERE kind = 'credit_note')
                                - (SELECT sum(amount_cents) FROM allocations)`)
    expect(open - credits).toBe(ledger)
    const dashboard = await core.ok('dashboard.summary', {})
    expect(dashboard).toMatchObject({ outstandingCents: ledger, openInvoicesCents: open, unallocatedCreditCents: credits })
  })

  it('has payments of every kind: on time, early, late, partial leaving a balance, one overpayment leaving a credit', async () => {
    await core.ok('demo.create', {})
    const paidOn = (condition: string) =>
      value(`SELECT count(*) FROM allocations a JOIN payments p ON p.id = a.payment_id JOIN invoices i ON i.id = a.invoice_id
             WHERE a.amount_cents = i.amount_cents AND ${condition}`)
    expect(paidOn('p.date = i.due_date')).toBeGreaterThan(0)
    expect(paidOn("p.date < date(i.due_date, '-2 days')")).toBeGreaterThan(0)
    expect(paidOn("p.date > date(i.due_date, '+30 days')")).toBeGreaterThan(0)
    expect(value(`SELECT count(*) FROM (${INVOICE_BALANCES}) b WHERE balance > 0 AND balance < amount_cents
                  AND EXISTS (SELECT 1 FROM allocations a WHERE a.invoice_id = b.id AND a.payment_id IS NOT NULL)`)).toBeGreaterThan(0)
    // A payment settling several invoices at once, as transfers do.
    expect(value('SELECT count(*) FROM (SELECT payment_id FROM allocations WHERE payment_id IS NOT NULL GROUP BY payment_id HAVING count(*) > 1)')).toBeGreaterThan(0)
    const overpaid = all<{ client_id: number; left: number }>(`
      SELECT p.client_id, p.amount_cents - coalesce((SELECT sum(a.amount_cents) FROM allocations a WHERE a.payment_id = p.id), 0) AS left
      FROM payments p WHERE left > 0`)
    expect(overpaid).toHaveLength(1)
    const [credit] = overpaid
    const detail = await core.ok('clients.get', { id: credit?.client_id ?? 0 })
    expect(detail.creditCents).toBe(credit?.left)
    expect(value('SELECT count(*) FROM allocations WHERE credit_note_id IS NOT NULL')).toBe(value("SELECT count(*) FROM invoices WHERE kind = 'credit_note'"))
  })

  it('opens exactly three disputes on unpaid invoices, each with its line in the client timeline', async () => {
    await core.ok('demo.create', {})
    const disputes = all<{ invoice_id: number; reason: string; note: string | null; closed_on: string | null }>('SELECT * FROM disputes')
    expect(disputes).toHaveLength(3)
    expect(new Set(disputes.map((d) => d.reason)).size).toBe(3)
    expect(disputes.every((d) => d.closed_on === null && d.note)).toBe(true)
    const page = await core.ok('invoices.list', { filter: 'disputed' })
    expect(page.total).toBe(3)
    expect(page.rows.every((row) => row.state === 'overdue' && row.balanceCents === row.amountCents)).toBe(true)
    for (const dispute of disputes) {
      expect(value("SELECT count(*) FROM activities WHERE kind = 'dispute_opened' AND invoice_id = ?", dispute.invoice_id)).toBe(1)
    }
    expect(value("SELECT count(*) FROM activities WHERE kind = 'note'")).toBeGreaterThanOrEqual(3)
  })

  it('has a handful of clients far overdue: several invoices more than 90 days late', async () => {
    await core.ok('demo.create', {})
    const farOverdue = all<{ client_id: number; n: number }>(
      `SELECT client_id, count(*) AS n FROM (${INVOICE_BALANCES}) WHERE balance > 0 AND due_date < ? GROUP BY client_id HAVING n >= 3`,
      addDays(TODAY, -90),
    )
    expect(farOverdue.length).toBeGreaterThanOrEqual(3)
    expect(farOverdue.length).toBeLessThanOrEqual(10)
    const timeline = await core.ok('timeline.list', { clientId: farOverdue[0]?.client_id ?? 0 })
    expect(timeline.some((entry) => entry.kind === 'note')).toBe(true)
  })

  it('fills in a demonstration creditor, but never over an identity the user typed', async () => {
    await core.ok('demo.create', {})
    const { fields } = await core.ok('company.get', {})
    expect(fields).toMatchObject({ legalName: 'Fournitures Méridionales', city: 'Montpellier' })
    expect(isValidSiren(fields?.siren ?? '') && isValidSiret(fields?.siret ?? '') && isValidIban(fields?.iban ?? '')).toBe(true)

    const other = createTestCore({ today: TODAY })
    try {
      await other.ok('company.update', { legalName: 'Ma Société' })
      await other.ok('demo.create', {})
      expect((await other.ok('company.get', {})).fields?.legalName).toBe('Ma Société')
    } finally {
      other.dispose()
    }
  })

  it('refuses a dossier that already has clients, and writes nothing', async () => {
    await core.ok('clients.create', { code: '411DUP', name: 'Établissements Dupré', kind: 'pro' })
    const error = await core.refused('demo.create', {})
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('dossier vide')
    expect([core.count('clients'), core.count('invoices'), core.count('payments'), core.count('import_batches')]).toEqual([1, 0, 0, 0])
    expect((await core.ok('company.get', {})).fields).toBeNull()
    expect((await core.refused('demo.create', {})).code).toBe('CONFLICT')
  })

  it('is deterministic: two fresh dossiers get the same data', async () => {
    const other = createTestCore({ today: TODAY })
    try {
      await core.ok('demo.create', {})
      await other.ok('demo.create', {})
      const dump = (target: TestCore) => {
        const db = target.session.current.sqlite
        const tables = ['company', 'segments', 'clients', 'contacts', 'invoices', 'payments', 'allocations', 'disputes', 'activities']
        return tables.map((table) =>
          (db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Record<string, unknown>[]).map(
            ({ created_at: _c, updated_at: _u, ...row }) => row,
          ),
        )
      }
      expect(dump(other)).toEqual(dump(core))
    } finally {
      other.dispose()
    }
  })
})
