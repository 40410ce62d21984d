import { afterAll, describe, expect, it } from 'vitest'
import { seededRandom } from '../../src-main/demo/random'
import { bucketOfDaysLate } from '../../src-shared/aging-buckets'
import { addDays, daysBetween } from '../../src-shared/dates'
import { createTestCore } from '../helpers/test-core'

/**
 * The aged balance's SQL reads the ledger caches and replays only what is dated after
 * the date asked. Here it is held, on a random ledger, to the plain definition computed
 * in JavaScript from the raw rows: an invoice issued by the date owes its amount less the
 * allocations whose source (payment, credit note) is dated by then; a source dated by
 * then keeps what it did not settle on invoices issued by then. Payments made before the
 * invoice they settle, credit notes applied months later, overpayments: all occur.
 */

const core = createTestCore({ today: '2026-11-23' })
afterAll(() => core.dispose())

interface Doc {
  id: number
  clientId: number
  kind: 'invoice' | 'credit_note'
  issueDate: string
  dueDate: string
  amount: number
}
interface Payment {
  id: number
  clientId: number
  date: string
  amount: number
}
interface Allocation {
  invoiceId: number
  paymentId: number | null
  creditNoteId: number | null
  amount: number
}

const CLIENTS = 25
const random = seededRandom(20_261_123)
const docs: Doc[] = []
const payments: Payment[] = []
const allocations: Allocation[] = []

function buildLedger(): void {
  const sqlite = core.session.current.sqlite
  const left = new Map<number, number>()
  const day = () => addDays('2025-06-01', random.int(0, 600))
  sqlite.transaction(() => {
    for (let c = 1; c <= CLIENTS; c++) {
      sqlite.prepare('INSERT INTO clients (id, code, name, search_key) VALUES (?, ?, ?, ?)').run(c, `C${String(c).padStart(3, '0')}`, `Client ${c}`, `client ${c}`)
    }
    const insertDoc = sqlite.prepare('INSERT INTO invoices (client_id, number, kind, issue_date, due_date, amount_cents) VALUES (?, ?, ?, ?, ?, ?)')
    for (let n = 0; n < 500; n++) {
      const kind = random.chance(0.1) ? 'credit_note' : 'invoice'
      const issueDate = day()
      const doc = { clientId: random.int(1, CLIENTS), kind, issueDate, dueDate: kind === 'invoice' ? addDays(issueDate, random.int(0, 75)) : issueDate, amount: random.int(1, 5000) * 100 } as const
      const id = Number(insertDoc.run(doc.clientId, `D${n}`, doc.kind, doc.issueDate, doc.dueDate, doc.amount).lastInsertRowid)
      docs.push({ id, ...doc })
      left.set(id, doc.amount)
    }
    const insertPayment = sqlite.prepare("INSERT INTO payments (client_id, date, amount_cents, method) VALUES (?, ?, ?, 'virement')")
    for (let n = 0; n < 350; n++) {
      const payment = { clientId: random.int(1, CLIENTS), date: day(), amount: random.int(1, 6000) * 100 }
      payments.push({ id: Number(insertPayment.run(payment.clientId, payment.date, payment.amount).lastInsertRowid), ...payment })
    }
    // Each source settles some of its client's invoices, in any order of dates, sometimes leaving a credit.
    const insertAllocation = sqlite.prepare('INSERT INTO allocations (invoice_id, payment_id, credit_note_id, amount_cents) VALUES (?, ?, ?, ?)')
    const sources = [
      ...payments.map((p) => ({ clientId: p.clientId, amount: p.amount, paymentId: p.id, creditNoteId: null })),
      ...docs.filter((d) => d.kind === 'credit_note').map((d) => ({ clientId: d.clientId, amount: d.amount, paymentId: null, creditNoteId: d.id })),
    ]
    for (const source of sources) {
      let available = random.chance(0.15) ? Math.floor(source.amount / 2) : source.amount
      for (const target of docs.filter((d) => d.kind === 'invoice' && d.clientId === source.clientId)) {
        const owed = left.get(target.id) ?? 0
        if (available <= 0 || owed <= 0 || random.chance(0.4)) continue
        const amount = Math.min(available, owed)
        insertAllocation.run(target.id, source.paymentId, source.creditNoteId, amount)
        allocations.push({ invoiceId: target.id, paymentId: source.paymentId, creditNoteId: source.creditNoteId, amount })
        left.set(target.id, owed - amount)
        available -= amount
      }
    }
  })()
}

/** code → [total, buckets…, credit] straight from the definition (the total summed last). */
function definition(asOf: string, limits: number[]): Record<string, number[]> {
  const sourceDate = (a: Allocation) =>
    a.paymentId !== null ? payments.find((p) => p.id === a.paymentId)?.date : docs.find((d) => d.id === a.creditNoteId)?.issueDate
  const issued = (id: number) => (docs.find((d) => d.id === id)?.issueDate ?? '9999') <= asOf
  const rows = new Map<number, number[]>()
  const row = (clientId: number) => rows.get(clientId) ?? rows.set(clientId, Array<number>(limits.length + 4).fill(0)).get(clientId)!
  for (const doc of docs.filter((d) => d.issueDate <= asOf)) {
    if (doc.kind === 'invoice') {
      const paid = allocations.filter((a) => a.invoiceId === doc.id && (sourceDate(a) ?? '9999') <= asOf).reduce((sum, a) => sum + a.amount, 0)
      if (doc.amount - paid > 0) row(doc.clientId)[1 + bucketOfDaysLate(daysBetween(doc.dueDate, asOf), limits)]! += doc.amount - paid
    } else {
      const used = allocations.filter((a) => a.creditNoteId === doc.id && issued(a.invoiceId)).reduce((sum, a) => sum + a.amount, 0)
      if (doc.amount - used > 0) row(doc.clientId)[limits.length + 3]! -= doc.amount - used
    }
  }
  for (const payment of payments.filter((p) => p.date <= asOf)) {
    const used = allocations.filter((a) => a.paymentId === payment.id && issued(a.invoiceId)).reduce((sum, a) => sum + a.amount, 0)
    if (payment.amount - used > 0) row(payment.clientId)[limits.length + 3]! -= payment.amount - used
  }
  return Object.fromEntries(
    [...rows.entries()].map(([clientId, cells]) => {
      cells[0] = cells.slice(1).reduce((sum, cents) => sum + cents, 0)
      return [`C${String(clientId).padStart(3, '0')}`, cells]
    }),
  )
}

describe('aged balance SQL against its definition', () => {
  buildLedger()
  const dates = ['2025-05-01', '2025-09-15', '2026-01-31', '2026-06-30', '2026-11-23', '2027-06-01']

  it.each([[[30, 60, 90]], [[10, 45, 120, 200, 365]]])('agrees client by client on every date (limits %j)', async (limits) => {
    await core.ok('aging.updateSettings', { limits })
    for (const asOf of dates) {
      const report = await core.ok('aging.report', { asOf, sort: 'code' })
      const fromSql = Object.fromEntries(report.rows.map((r) => [r.code, [r.totalCents, ...r.bucketCents, r.creditCents]]))
      expect(fromSql, `as of ${asOf}`).toEqual(definition(asOf, limits))
      // The drill-down, which reads the definition in SQL for one client, adds up to the same row.
      for (const row of report.rows.slice(0, 5)) {
        const detail = await core.ok('aging.clientInvoices', { clientId: row.clientId, asOf })
        const owed = detail.invoices.reduce((sum, invoice) => sum + invoice.balanceCents, 0)
        const credit = detail.credits.reduce((sum, item) => sum + item.remainingCents, 0)
        expect(owed - credit, `${row.code} as of ${asOf}`).toBe(row.totalCents)
      }
    }
  })
})
