import type { DemoSummary } from '../../src-shared/contract/demo'
import { DomainError } from '../../src-shared/result'
import { clientSearchKey } from './french-text'
import type { Dossier } from './open-dossier'
import { inTransaction } from './transaction'
import type { DemoClient, DemoDocument, DemoLedger } from '../demo/types'

const NOT_EMPTY =
  'Le dossier de démonstration ne se crée que dans un dossier vide : celui-ci contient déjà des clients. ' +
  "Créez un nouveau dossier pour l'essayer, vos données restent ainsi à l'abri."

export function summarize(ledger: DemoLedger): DemoSummary {
  const creditNotes = ledger.documents.filter((document) => document.kind === 'credit_note').length
  return {
    clients: ledger.clients.length,
    invoices: ledger.documents.length - creditNotes,
    creditNotes,
    payments: ledger.payments.length,
    disputes: ledger.disputes.length,
  }
}

function idOf<K>(ids: Map<K, number>, key: K): number {
  const id = ids.get(key)
  if (id === undefined) throw new Error('demo ledger refers to a record it does not contain')
  return id
}

/**
 * Writes a generated ledger into an empty dossier, whole or not at all, with prepared
 * statements (a benchmark dossier holds hundreds of thousands of rows). Every invoice
 * and payment points at one import batch of kind 'demo', so the lot can be undone.
 * The company identity is filled only if the user has not typed one.
 */
export function writeDemo(dossier: Dossier, ledger: DemoLedger, importedAt: string): DemoSummary {
  const sqlite = dossier.sqlite
  return inTransaction(dossier, () => {
    const { taken } = sqlite.prepare('SELECT EXISTS (SELECT 1 FROM clients) AS taken').get() as { taken: number }
    if (taken) throw new DomainError('CONFLICT', NOT_EMPTY)
    const summary = summarize(ledger)
    const company = ledger.company
    sqlite
      .prepare(
        `UPDATE company SET legal_name = ?, legal_form = ?, capital_cents = ?, siren = ?, siret = ?, rcs_city = ?, vat_number = ?,
           address_line1 = ?, postal_code = ?, city = ?, phone = ?, email = ?, website = ?, iban = ?, bic = ?,
           signatory_name = ?, signatory_title = ?, terms_days = ?, terms_end_of_month = 0, penalty_policy = 'legal'
         WHERE id = 1 AND legal_name = ''`,
      )
      .run(
        company.legalName, company.legalForm, company.capitalCents, company.siren, company.siret, company.rcsCity, company.vatNumber,
        company.addressLine1, company.postalCode, company.city, company.phone, company.email, company.website, company.iban, company.bic,
        company.signatoryName, company.signatoryTitle, company.termsDays,
      )
    const batchId = Number(
      sqlite
        .prepare(`INSERT INTO import_batches (kind, file_name, file_hash, counts, imported_at) VALUES ('demo', ?, ?, ?, ?)`)
        .run('Dossier de démonstration', `demo-seed-${ledger.seed}`, JSON.stringify(summary), importedAt).lastInsertRowid,
    )

    const addSegment = sqlite.prepare('INSERT INTO segments (name) VALUES (?) ON CONFLICT (name) DO NOTHING')
    const segmentId = sqlite.prepare('SELECT id FROM segments WHERE name = ?').pluck()
    const segments = new Map<string, number>()
    for (const name of new Set(ledger.clients.map((client) => client.segment))) {
      addSegment.run(name)
      segments.set(name, segmentId.get(name) as number)
    }

    const addClient = sqlite.prepare(
      `INSERT INTO clients (code, name, search_key, kind, siren, siret, vat_number, address_line1, address_line2, postal_code, city,
         emails, phone, terms_days, terms_end_of_month, segment_id, notes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const addContact = sqlite.prepare('INSERT INTO contacts (client_id, name, role, email, phone, is_primary) VALUES (?, ?, ?, ?, ?, 1)')
    const clientIds = new Map<DemoClient, number>()
    for (const c of ledger.clients) {
      const id = Number(
        addClient.run(
          c.code, c.name, clientSearchKey(c.name, c.code), c.kind, c.siren, c.siret, c.vatNumber, c.addressLine1, c.addressLine2,
          c.postalCode, c.city, c.emails, c.phone, c.termsDays, c.termsEndOfMonth ? 1 : 0, idOf(segments, c.segment), c.notes,
        ).lastInsertRowid,
      )
      clientIds.set(c, id)
      if (c.contact) addContact.run(id, c.contact.name, c.contact.role, c.contact.email, c.contact.phone)
    }

    const addDocument = sqlite.prepare(
      `INSERT INTO invoices (client_id, number, kind, issue_date, due_date, amount_cents, amount_excl_tax_cents, label, import_batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const documentIds = new Map<DemoDocument, number>()
    for (const d of ledger.documents) {
      const id = addDocument.run(
        idOf(clientIds, d.client), d.number, d.kind, d.issueDate, d.dueDate, d.amountCents, d.amountExclTaxCents, d.label, batchId,
      ).lastInsertRowid
      documentIds.set(d, Number(id))
    }

    const addPayment = sqlite.prepare(
      `INSERT INTO payments (client_id, date, amount_cents, method, reference, note, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    const addAllocation = sqlite.prepare('INSERT INTO allocations (invoice_id, payment_id, credit_note_id, amount_cents) VALUES (?, ?, ?, ?)')
    for (const p of ledger.payments) {
      const id = addPayment.run(idOf(clientIds, p.client), p.date, p.amountCents, p.method, p.reference, p.note, batchId).lastInsertRowid
      for (const line of p.allocations) addAllocation.run(idOf(documentIds, line.invoice), id, null, line.amountCents)
    }
    for (const line of ledger.creditAllocations) {
      addAllocation.run(idOf(documentIds, line.invoice), null, idOf(documentIds, line.creditNote), line.amountCents)
    }

    const addDispute = sqlite.prepare('INSERT INTO disputes (invoice_id, reason, note, opened_on) VALUES (?, ?, ?, ?)')
    for (const dispute of ledger.disputes) {
      addDispute.run(idOf(documentIds, dispute.invoice), dispute.reason, dispute.note, dispute.openedOn)
    }
    const addActivity = sqlite.prepare('INSERT INTO activities (client_id, invoice_id, kind, occurred_on, body) VALUES (?, ?, ?, ?, ?)')
    for (const entry of ledger.activities) {
      const invoiceId = entry.invoice === null ? null : idOf(documentIds, entry.invoice)
      addActivity.run(idOf(clientIds, entry.client), invoiceId, entry.kind, entry.occurredOn, entry.body)
    }
    return summary
  })
}
