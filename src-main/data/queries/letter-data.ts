import { asc, desc, eq, sql } from 'drizzle-orm'
import { daysBetween, type IsoDate } from '../../../src-shared/dates'
import type { InvoiceScope } from '../../documents/letters/builtin-templates'
import type { LetterClient, LetterCompany, LetterData, LetterInvoice, LetterPlan } from '../../documents/letters/letter-data'
import type { Db } from '../open-dossier'
import { clients, company, contacts } from '../schema'
import { clientStatementOf, summedStatement } from './client-statement'
import { penaltyTermsOf } from './penalty-cases'

/** What a letter covers: the invoices a reminder action or a plan chose, or those its template's scope takes on the date. */
export type LetterInvoices = { invoiceIds: number[] } | { scope: Exclude<InvoiceScope, 'plan'> }

export function companyOf(db: Db): LetterCompany {
  const row = db.select().from(company).where(eq(company.id, 1)).get()
  if (!row) throw new Error('company row missing: migration 0010_seed-company creates it')
  return {
    legalName: row.legalName,
    legalForm: row.legalForm,
    capitalCents: row.capitalCents,
    siren: row.siren,
    siret: row.siret,
    rcsCity: row.rcsCity,
    vatNumber: row.vatNumber,
    addressLine1: row.addressLine1,
    addressLine2: row.addressLine2,
    addressLine3: row.addressLine3,
    postalCode: row.postalCode,
    city: row.city,
    country: row.country,
    phone: row.phone,
    email: row.email,
    website: row.website,
    iban: row.iban,
    bic: row.bic,
    logo: row.logo,
    signatoryName: row.signatoryName,
    signatoryTitle: row.signatoryTitle,
  }
}

function clientOf(db: Db, clientId: number): LetterClient | undefined {
  const row = db.select().from(clients).where(eq(clients.id, clientId)).get()
  if (!row) return undefined
  const contact = db
    .select({ name: contacts.name })
    .from(contacts)
    .where(eq(contacts.clientId, clientId))
    .orderBy(desc(contacts.isPrimary), asc(contacts.id))
    .get()
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    addressLine1: row.addressLine1,
    addressLine2: row.addressLine2,
    addressLine3: row.addressLine3,
    postalCode: row.postalCode,
    city: row.city,
    country: row.country,
    contactName: contact?.name ?? null,
    email: row.emails?.split(/[;,]/)[0]?.trim() || null,
  }
}

/**
 * The invoices and their balance on `asOf`: what payments (on their date) and credit
 * notes (on their issue date) had settled by then, so a letter dated in the past shows
 * the balances of that day.
 */
function invoicesOf(db: Db, clientId: number, asOf: IsoDate, which: LetterInvoices): Array<LetterInvoice & { id: number }> {
  const filter =
    'invoiceIds' in which
      ? sql`i.id IN (SELECT value FROM json_each(${JSON.stringify(which.invoiceIds)}))`
      : which.scope === 'overdue'
        ? sql`i.due_date < ${asOf}`
        : sql`1`
  const rows = db.all<{ id: number; number: string; issueDate: string; dueDate: string; amountCents: number; paidCents: number }>(sql`
    SELECT i.id, i.number, i.issue_date AS issueDate, i.due_date AS dueDate, i.amount_cents AS amountCents,
      coalesce((SELECT sum(a.amount_cents) FROM allocations a
        LEFT JOIN payments p ON p.id = a.payment_id
        LEFT JOIN invoices c ON c.id = a.credit_note_id
        WHERE a.invoice_id = i.id AND coalesce(p.date, c.issue_date) <= ${asOf}), 0) AS paidCents
    FROM invoices i
    WHERE i.client_id = ${clientId} AND i.kind = 'invoice' AND i.issue_date <= ${asOf} AND ${filter}
    ORDER BY i.due_date, i.number
  `)
  return rows
    .map((row) => ({
      ...row,
      remainingCents: Math.max(0, row.amountCents - row.paidCents),
      daysLate: Math.max(0, daysBetween(row.dueDate, asOf)),
    }))
    .filter((row) => row.remainingCents > 0 || 'invoiceIds' in which)
}

/** All a client's letter needs on a date, with the plan it concerns if any; undefined for an unknown client. */
export function letterDataOf(db: Db, clientId: number, asOf: IsoDate, which: LetterInvoices, plan: LetterPlan | null): LetterData | undefined {
  const client = clientOf(db, clientId)
  const terms = penaltyTermsOf(db, clientId)
  const full = clientStatementOf(db, clientId, asOf)
  if (!client || !terms || !full) return undefined
  const invoices = invoicesOf(db, clientId, asOf, which)
  const ids = new Set(invoices.map((invoice) => invoice.id))
  const statement = summedStatement(
    asOf,
    full.invoices.filter((invoice) => ids.has(invoice.invoiceId)),
    terms,
  )
  return {
    asOf,
    company: companyOf(db),
    client,
    invoices: invoices.map(({ id: _id, ...invoice }) => invoice),
    statement,
    plan,
  }
}
