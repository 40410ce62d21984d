import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
beforeEach(() => {
  core = createTestCore({ today: '2026-11-23' })
})
afterEach(() => core.dispose())

function saved(base64: string): string {
  const path = join(core.folder, 'decompte.pdf')
  writeFileSync(path, Buffer.from(base64, 'base64'))
  return path
}

/** The PDF's text as pdftotext lays it out, French spaces (narrow, no-break) made plain. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ')
}

async function dossierWithLateInvoices() {
  await core.ok('company.update', { legalName: 'Fournitures Méridionales SARL', siren: '732 829 320', rcsCity: 'Montpellier', addressLine1: '4 rue de l’Aiguillerie', postalCode: '34000', city: 'Montpellier' })
  const { id } = await core.ok('clients.create', { code: '411DUP', name: 'Établissements Dupré', kind: 'pro', addressLine1: '12 rue de la République', postalCode: '69002', city: 'Lyon' })
  // The legal-fr.md worked example: paid late in full, penalties and indemnity still due.
  const { id: paidLate } = await core.ok('invoices.create', { clientId: id, number: 'F-2025-031', issueDate: '2025-04-15', dueDate: '2025-05-15', amountCents: 1_000_000 })
  await core.ok('payments.record', { clientId: id, date: '2025-09-20', amountCents: 1_000_000, method: 'virement' })
  await core.ok('invoices.create', { clientId: id, number: 'F-2026-101', issueDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 50_000 })
  return { id, paidLate }
}

describe('the penalty statement as a PDF', () => {
  it('prints the whole client statement as the screen shows it, with both parties, the legal grounds and the rates’ sources', async () => {
    const { id } = await dossierWithLateInvoices()
    const statement = await core.ok('penalties.clientStatement', { clientId: id })
    const file = await core.ok('penalties.statementPdf', { clientId: id })
    expect(file).toMatchObject({ fileName: 'decompte-penalites-411DUP-2026-11-23.pdf', mimeType: 'application/pdf' })
    const path = saved(file.base64)
    const text = pdfText(path)

    expect(text).toContain('Décompte des pénalités de retard au 23/11/2026')
    expect(text).toMatch(/CRÉANCIER\s+DÉBITEUR/)
    expect(text).toContain('Fournitures Méridionales SARL')
    expect(text).toContain('SIREN 732 829 320 · RCS Montpellier')
    expect(text).toContain('Établissements Dupré')
    expect(text).toContain('Compte client 411DUP')
    expect(text).toContain('69002 Lyon')
    expect(text).toContain('Facture F-2025-031 échue le 15/05/2025 — 10 000,00 € TTC, reste dû 0,00 €')
    expect(text).toMatch(/16\/05\/2025\s+30\/06\/2025\s+46\s+10 000,00 €\s+13,15 %\s+165,73 €/)
    expect(text).toMatch(/01\/07\/2025\s+20\/09\/2025\s+82\s+10 000,00 €\s+12,15 %\s+272,96 €/)
    // Every total of the screen, to the cent.
    expect(statement).toMatchObject({ principalCents: 50_000, interestCents: 44_751, indemnityCents: 8_000, claimCents: 102_751 })
    expect(text).toMatch(/Principal restant dû\s+500,00 €/)
    expect(text).toMatch(/Pénalités de retard\s+447,51 €/)
    expect(text).toMatch(/Indemnités forfaitaires\s+80,00 €/)
    expect(text).toMatch(/Total réclamé\s+1 027,51 €/)
    // The warning of the screen (2026-H2 not yet in the table), the grounds, and each half-year's rates with their source.
    expect(text).toMatch(/2e semestre 2026/)
    expect(text).toContain('Code de commerce, art. L441-10 II')
    expect(text).toContain('Indemnité forfaitaire pour frais de recouvrement de 40 € par facture')
    expect(text).toMatch(/1er semestre 2025 : taux BCE de référence 3,15 %.*source :/)
    expect(text).toMatch(/2e semestre 2025 : taux BCE de référence 2,15 %/)
    expect(text).toMatch(/Page 1\/1/)
    // The font is embedded: the narrow no-break spaces of « 1 027,51 € » print.
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes/)
  })

  it('prints one invoice’s statement, and refuses an invoice of another client', async () => {
    const { id, paidLate } = await dossierWithLateInvoices()
    const file = await core.ok('penalties.statementPdf', { clientId: id, invoiceId: paidLate, asOf: '2026-01-31' })
    expect(file.fileName).toBe('decompte-penalites-411DUP-F-2025-031-2026-01-31.pdf')
    const text = pdfText(saved(file.base64))
    expect(text).toMatch(/Décompte des pénalités de retard au 31\/01\/2026 —\s+facture F-2025-031/)
    expect(text).not.toContain('F-2026-101')
    expect(text).toMatch(/Total réclamé\s+478,69 €/)

    const { id: other } = await core.ok('clients.create', { code: '411AUT', name: 'Autre client', kind: 'pro' })
    expect(await core.refused('penalties.statementPdf', { clientId: other, invoiceId: paidLate })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('words a consumer’s statement on the legal interest rate, without the 40 €', async () => {
    const { id } = await core.ok('clients.create', { code: '411PART', name: 'Zoé Martin', kind: 'particulier' })
    await core.ok('invoices.create', { clientId: id, number: 'F-9', issueDate: '2026-06-01', dueDate: '2026-07-01', amountCents: 80_000 })
    const text = pdfText(saved((await core.ok('penalties.statementPdf', { clientId: id })).base64))
    expect(text).toContain('Code civil, art. 1231-6 et 1344-1')
    expect(text).toContain('Pas d’indemnité forfaitaire pour frais de recouvrement envers un particulier.')
    expect(text).toMatch(/Indemnités forfaitaires\s+0,00 €/)
  })
})
