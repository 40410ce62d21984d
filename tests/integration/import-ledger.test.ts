import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { fecText, type FecLine, type Ledger } from '../fixtures/ledger-generator'
import { writeFixtures, type Fixtures } from '../fixtures/write-fixtures'
import { createTestCore, REPO_ROOT, type TestCore } from '../helpers/test-core'

let fixtures: Fixtures
let core: TestCore
beforeAll(() => {
  fixtures = writeFixtures()
})
afterEach(() => core?.dispose())

/** Every client's balance in the dossier, by code: open invoices minus credits. */
async function balances(): Promise<Map<string, number>> {
  const clients = await core.ok('clients.list', {})
  return new Map(clients.map((client) => [client.code, client.balanceCents]))
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0)

/** The export of the same ledger made on an earlier day: later lines absent, later lettering not done yet. */
function earlierExport(ledger: Ledger, asOf: string): Ledger {
  return {
    ...ledger,
    lines: ledger.lines
      .filter((line) => line.date <= asOf)
      .map((line) => (line.letterDate !== null && line.letterDate > asOf ? { ...line, letter: '', letterDate: null } : line)),
  }
}

const TABLES = ['clients', 'invoices', 'payments', 'allocations', 'import_batches']
const counts = () => Object.fromEntries(TABLES.map((table) => [table, core.count(table)]))

describe('FEC import', () => {
  it('reproduces every client balance of a | / CRLF / UTF-8 FEC with padded amounts, to the cent', async () => {
    core = createTestCore()
    const { ledger, path } = fixtures.fecPipe
    const summary = await core.ok('imports.run', { path })
    expect(summary).toMatchObject({ kind: 'fec', clients: { created: ledger.clients.length, updated: 0 }, rejected: [] })
    const imported = await balances()
    for (const [code, balance] of ledger.balances) expect([code, imported.get(code)]).toEqual([code, balance])
    expect(sum(imported.values())).toBe(sum(ledger.balances.values()))
    const open = await core.ok('invoices.list', { filter: 'open', limit: 1 })
    expect(open.total).toBe(ledger.openInvoiceCount)
    const dupre = (await core.ok('clients.list', { search: 'dupre' }))[0]
    expect(dupre?.name).toBe('Établissements Dupré')
  })

  it('reads a tab-separated ISO-8859-1 FEC whose clients are 8-digit accounts without sub-ledger', async () => {
    core = createTestCore()
    const { ledger, path } = fixtures.fecTabLatin1
    await core.ok('imports.run', { path })
    const imported = await balances()
    expect([...imported.keys()].sort()).toEqual(ledger.clients.map((client) => client.code).sort())
    for (const [code, balance] of ledger.balances) expect([code, imported.get(code)]).toEqual([code, balance])
    expect((await core.ok('clients.list', { search: 'lefevre' }))[0]?.name).toBe('Boulangerie Lefèvre')
  })

  it('reads as clients only the accounts the user names, and keeps that choice for the next imports', async () => {
    core = createTestCore()
    const refused = await core.refused('imports.run', { path: fixtures.fecTabLatin1.path, clientAccounts: '411, 41a' })
    expect(refused.code).toBe('VALIDATION')
    expect(core.count('clients')).toBe(0)

    const [first] = fixtures.fecTabLatin1.ledger.clients
    if (!first) throw new Error('the ledger has clients')
    await core.ok('imports.run', { path: fixtures.fecTabLatin1.path, clientAccounts: ` ${first.account} ` })
    expect([...(await balances()).keys()]).toEqual([first.code])
    const company = core.session.current.sqlite.prepare('SELECT fec_client_prefixes AS accounts FROM company').get()
    expect(company).toEqual({ accounts: first.account })
  })

  it.each([0, 1, 2, 3])('reads every shape the law allows or exports take (%#): each client balance equals debits minus credits', async (index) => {
    core = createTestCore()
    const shape = fixtures.fecShapes[index]
    if (!shape) throw new Error('four shapes')
    const summary = await core.ok('imports.run', { path: shape.path })
    expect([shape.name, summary.rejected]).toEqual([shape.name, []])
    expect(summary.repaired).toHaveLength(shape.repairedLines)
    const imported = await balances()
    for (const [code, balance] of shape.ledger.balances) expect([shape.name, code, imported.get(code)]).toEqual([shape.name, code, balance])
    const open = await core.ok('invoices.list', { filter: 'open', limit: 1 })
    expect(open.total).toBe(shape.ledger.openInvoiceCount)
  })

  it('names each line it repaired, and refuses with its number a line whose extra separator no reading places', async () => {
    core = createTestCore()
    const repairing = fixtures.fecShapes[3] as Fixtures['fecShapes'][number]
    const summary = await core.ok('imports.run', { path: repairing.path })
    expect(summary.repaired[0]).toEqual({ line: 2, message: '« | » lu comme du texte dans EcritureLib.' })

    // « Martin|Fils » as a sub-ledger label: either CompteLib or CompAuxLib may hold the bar, and the client code differs.
    const lines = readFileSync(fixtures.fecPipe.path, 'utf8').split('\r\n')
    const at = lines.findIndex((line, index) => index > 0 && line.split('|')[4] === '411000')
    lines[at] = (lines[at] as string).split('|').map((cell, column) => (column === 7 ? 'Martin|Fils' : cell)).join('|')
    const ambiguous = join(core.folder, 'FEC-ambigu.txt')
    writeFileSync(ambiguous, lines.join('\r\n'))
    const error = await core.refused('imports.run', { path: ambiguous })
    expect(error.message).toContain(`Ligne ${at + 1} : 19 colonnes au lieu de 18`)
  })

  it('settles, on a date it does not know, an invoice lettered with a payment that lies outside the file', async () => {
    core = createTestCore()
    const { ledger } = fixtures.fecPipe
    const paid = ledger.lines.find((line) => line.journal === 'BQ' && line.letter !== '' && line.creditCents > 0) as FecLine
    const invoice = ledger.lines.find((line) => line.journal === 'VE' && line.letter === paid.letter && line.auxCode === paid.auxCode) as FecLine
    const withoutPayment = { ...ledger, lines: ledger.lines.filter((line) => line.entryNumber !== paid.entryNumber) }
    const path = join(core.folder, 'FEC-sans-reglement.txt')
    writeFileSync(path, fecText(withoutPayment, { separator: '|', newline: '\r\n', paddedAmounts: true }))
    await core.ok('imports.run', { path })

    // What the whole ledger says each client owes, to the cent: the invoice is paid.
    const imported = await balances()
    for (const [code, balance] of ledger.balances) expect([code, imported.get(code)]).toEqual([code, balance])
    const [row] = (await core.ok('invoices.list', { search: invoice.pieceRef })).rows
    expect(row).toMatchObject({ balanceCents: 0 })
    const [client] = await core.ok('clients.list', { search: paid.auxCode })
    const settlement = (await core.ok('payments.list', { clientId: client?.id as number })).find((payment) => payment.invoiceNumbers.includes(invoice.pieceRef))
    expect(settlement).toMatchObject({ dateAssumed: true, method: 'inconnu', amountCents: invoice.debitCents, date: row?.dueDate })
  })

  it('changes nothing when the same file is imported again', async () => {
    core = createTestCore()
    await core.ok('imports.run', { path: fixtures.fecPipe.path })
    const before = counts()
    const again = await core.ok('imports.run', { path: fixtures.fecPipe.path })
    expect(again.alreadyImported).toBe(true)
    expect(counts()).toEqual(before)
  })

  it('brings a newer export in without duplicates, settling what was lettered since and keeping the user’s disputes', async () => {
    core = createTestCore()
    const { ledger } = fixtures.fecPipe
    const older = join(core.folder, 'FEC-ancien.txt')
    writeFileSync(older, fecText(earlierExport(ledger, '2025-12-31'), { separator: '|', newline: '\r\n', paddedAmounts: true }))
    await core.ok('imports.run', { path: older })
    const openBefore = await core.ok('invoices.list', { filter: 'open', limit: 500 })
    const disputed = openBefore.rows[0]
    if (!disputed) throw new Error('the older export must leave open invoices')
    await core.ok('disputes.open', { invoiceId: disputed.id, reason: 'qualite', note: 'Pièces abîmées' })

    const newer = await core.ok('imports.run', { path: fixtures.fecPipe.path })
    expect(newer.invoices.settled).toBeGreaterThan(0)
    expect(newer.invoices.created).toBeGreaterThan(0)
    const imported = await balances()
    for (const [code, balance] of ledger.balances) expect([code, imported.get(code)]).toEqual([code, balance])
    // One payment per bank line of the ledger, however many times it was imported.
    const bankLines = ledger.lines.filter((line) => line.journal === 'BQ' && line.creditCents > 0 && line.account.startsWith('411'))
    expect(core.count('payments')).toBe(bankLines.length)
    expect(core.count('disputes')).toBe(1)
  })

  it('undoes the last import, then the one before, back to the dossier as it was', async () => {
    core = createTestCore()
    const { ledger } = fixtures.fecPipe
    const older = join(core.folder, 'FEC-ancien.txt')
    writeFileSync(older, fecText(earlierExport(ledger, '2025-12-31'), { separator: '|', newline: '\r\n', paddedAmounts: true }))
    await core.ok('imports.run', { path: older })
    const afterFirst = await balances()
    const countsAfterFirst = counts()
    await core.ok('imports.run', { path: fixtures.fecPipe.path })

    const undone = await core.ok('imports.undoLast', {})
    expect(undone.fileName).toBe('FEC-pipe-crlf-utf8.txt')
    expect(await balances()).toEqual(afterFirst)
    expect({ ...counts(), import_batches: 0 }).toEqual({ ...countsAfterFirst, import_batches: 0 })

    await core.ok('imports.undoLast', {})
    expect(core.count('clients')).toBe(0)
    expect(core.count('invoices')).toBe(0)
    expect((await core.refused('imports.undoLast', {})).code).toBe('NOT_FOUND')
    // Once undone, the file may be imported again.
    expect((await core.ok('imports.run', { path: fixtures.fecPipe.path })).alreadyImported).toBe(false)
  })

  it('refuses to undo an import the user has since worked on, changing nothing', async () => {
    core = createTestCore()
    await core.ok('imports.run', { path: fixtures.fecPipe.path })
    const open = await core.ok('invoices.list', { filter: 'open', limit: 1 })
    await core.ok('disputes.open', { invoiceId: open.rows[0]?.id as number, reason: 'livraison' })
    const before = counts()
    const error = await core.refused('imports.undoLast', {})
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('1 litige(s)')
    expect(counts()).toEqual(before)
  })
})

describe('spreadsheet import', () => {
  it('reads a semicolon CSV in Windows-1252 with a title line, French amounts and dates', async () => {
    core = createTestCore()
    const summary = await core.ok('imports.run', { path: fixtures.csvWindows1252.path })
    const { expected } = fixtures.csvWindows1252
    expect(summary).toMatchObject({ kind: 'csv', invoices: { created: expected.invoiceCount }, creditNotes: { created: expected.creditNoteCount } })
    expect(await balances()).toEqual(expected.balances)
    const boeuf = (await core.ok('clients.list', { search: 'boeuf' }))[0]
    expect(boeuf?.name).toBe('Menuiserie Bœuf & Fils « Bois »')
    const partly = await core.ok('invoices.list', { search: 'F2026-0145' })
    expect(partly.rows[0]).toMatchObject({ amountCents: 250_000, balanceCents: 100_000, dueDate: '2026-09-30', state: 'overdue' })
  })

  it('previews an uploaded file: headers found under a title line, or read from the line asked', async () => {
    core = createTestCore()
    const bytes = readFileSync(fixtures.csvWindows1252.path)
    const { uploadId } = await core.ok('imports.upload', { fileName: 'echeancier.csv', chunkBase64: bytes.subarray(0, 100).toString('base64') })
    await core.ok('imports.upload', { uploadId, fileName: 'echeancier.csv', chunkBase64: bytes.subarray(100).toString('base64') })
    const found = await core.ok('imports.preview', { uploadId })
    expect(found).toMatchObject({ kind: 'csv', encoding: 'windows-1252', separator: ';' })
    expect(found.headers[0]).toBe('Code client')
    expect(found.mapping).toMatchObject({ target: 'invoices', headerLine: 2, decimal: ',', dateFormat: 'dd/mm/yyyy' })
    expect(found.mapping?.columns).toEqual(['clientCode', 'clientName', 'number', 'issueDate', 'dueDate', 'amount', 'balance'])
    const asked = await core.ok('imports.preview', { uploadId, headerLine: 1 })
    expect(asked.headers[0]).toBe('Export Sage — Échéancier clients au 23/11/2026')
    expect(asked.rows[0]?.[0]).toBe('Code client')
  })

  it('checks every line before the import, writing nothing, and the import then does what the check said', async () => {
    core = createTestCore()
    const upload = async (path: string) =>
      (await core.ok('imports.upload', { fileName: 'f.csv', chunkBase64: readFileSync(path).toString('base64') })).uploadId
    const broken = await upload(fixtures.broken.letterInAmount)
    const { mapping } = await core.ok('imports.preview', { uploadId: broken })
    const check = await core.ok('imports.check', { uploadId: broken, mapping: mapping ?? undefined })
    expect(check).toMatchObject({
      rejected: [{ line: 3, column: 'Montant TTC', message: 'montant illisible « 12a,00 ».' }],
      rejectedLineCount: 1,
      invoices: 1,
      clients: 1,
    })
    expect(counts()).toEqual({ clients: 0, invoices: 0, payments: 0, allocations: 0, import_batches: 0 })
    const refused = await core.refused('imports.run', { path: fixtures.broken.letterInAmount })
    expect(refused.details?.rejected).toEqual(check.rejected)

    // A required field left empty is named as the mapping screen names it (fields/invoice-fields.ts).
    const blank = join(core.folder, 'sans-numero.csv')
    writeFileSync(blank, 'Code client;N° facture;Date facture;Montant TTC\r\nDUPRE;;01/10/2026;12,00\r\n')
    const blankCheck = await core.ok('imports.check', { uploadId: await upload(blank), mapping: (await core.ok('imports.preview', { uploadId: await upload(blank) })).mapping ?? undefined })
    expect(blankCheck.rejected).toEqual([{ line: 2, column: 'N° facture', message: '« N° de facture » manquant.' }])

    const fec = await upload(fixtures.fecShapes[3]?.path as string)
    const fecCheck = await core.ok('imports.check', { uploadId: fec })
    expect(fecCheck.rejectedLineCount).toBe(0)
    expect(fecCheck.repairedCount).toBe(fixtures.fecShapes[3]?.repairedLines)
    expect(fecCheck.repaired).toHaveLength(Math.min(20, fecCheck.repairedCount))
    const summary = await core.ok('imports.run', { path: fixtures.fecShapes[3]?.path as string })
    expect(summary.repaired.slice(0, 20)).toEqual(fecCheck.repaired)
    expect({ invoices: summary.invoices.created, creditNotes: summary.creditNotes.created, clients: summary.clients.created }).toEqual({
      invoices: fecCheck.invoices,
      creditNotes: fecCheck.creditNotes,
      clients: fecCheck.clients,
    })
  })

  it('reads an XLSX workbook the same way', async () => {
    core = createTestCore()
    const summary = await core.ok('imports.run', { path: fixtures.xlsx.path })
    expect(summary.kind).toBe('xlsx')
    expect(await balances()).toEqual(fixtures.xlsx.expected.balances)
  })

  it('imports the valid rows on request and writes the rejected ones beside the source', async () => {
    core = createTestCore()
    const summary = await core.ok('imports.run', { path: fixtures.broken.letterInAmount, acceptValid: true })
    expect(summary.invoices.created).toBe(1)
    expect(summary.rejected).toEqual([{ line: 3, column: 'Montant TTC', message: 'montant illisible « 12a,00 ».' }])
    expect(summary.rejectedFile).not.toBeNull()
    expect(existsSync(summary.rejectedFile as string)).toBe(true)
    expect(readFileSync(summary.rejectedFile as string, 'utf8')).toContain('12a,00')
  })
})

describe('broken files', () => {
  const refusals: [string, (f: Fixtures) => string, RegExp][] = [
    ['a truncated FEC', (f) => f.broken.fecTruncated, /ligne \d+ : \d+ colonnes au lieu de 18/i],
    ['a FEC line with a missing column', (f) => f.broken.fecWrongColumns, /ligne 8 : 17 colonnes au lieu de 18/i],
    ['a file in no known encoding', (f) => f.broken.unknownEncoding, /encodage/i],
    ['a letter in an amount', (f) => f.broken.letterInAmount, /ligne 3, colonne « Montant TTC » : montant illisible « 12a,00 »/i],
    ['an impossible date', (f) => f.broken.impossibleDate, /ligne 3, colonne « Date facture » : date impossible/i],
  ]
  it.each(refusals)('refuses %s with the reason, writing nothing', async (_, file, message) => {
    core = createTestCore()
    const error = await core.refused('imports.run', { path: file(fixtures) })
    expect(error.code).toBe('IMPORT_FORMAT')
    expect(error.message).toMatch(message)
    expect(counts()).toEqual({ clients: 0, invoices: 0, payments: 0, allocations: 0, import_batches: 0 })
  })
})

describe('client files', () => {
  it('writes every client field the mapping offers, Segment and Contact included', async () => {
    core = createTestCore()
    const summary = await core.ok('imports.run', { path: fixtures.csvClients })
    expect(summary.clients.created).toBe(2)
    const [dupre] = await core.ok('clients.list', { search: 'DUPRE' })
    const file = await core.ok('clients.get', { id: dupre?.id as number })
    expect(file.fields).toMatchObject({
      code: 'DUPRE',
      name: 'Établissements Dupré',
      kind: 'pro',
      siren: '552100554',
      siret: '55210055400013',
      vatNumber: 'FR40552100554',
      emails: 'compta@dupre.fr',
      phone: '01 23 45 67 89',
      addressLine1: '12 rue des Lilas',
      addressLine2: 'Bât. B',
      postalCode: '75011',
      city: 'Paris',
      country: 'France',
      termsDays: 45,
      segment: 'Grands comptes',
      contacts: [{ name: 'Mme Agnès Dupré' }],
    })
    const [lefevre] = await core.ok('clients.list', { search: 'LEFEVRE' })
    expect((await core.ok('clients.get', { id: lefevre?.id as number })).fields).toMatchObject({
      kind: 'particulier',
      segment: 'Commerces',
      contacts: [{ name: 'M. Jérôme Lefèvre' }],
    })
    expect(await core.ok('clients.segments', {})).toEqual(['Commerces', 'Grands comptes'])

    // A later list names another contact of a known client: added beside the first, and gone when undone.
    const later = join(core.folder, 'clients-novembre.csv')
    writeFileSync(later, 'Code client;Raison sociale;Contact\r\nDUPRE;Établissements Dupré;M. Paul Martin\r\nLEFEVRE;Boulangerie Lefèvre;m. jérôme lefèvre\r\n')
    await core.ok('imports.run', { path: later })
    const contactsOf = async (id: number) => (await core.ok('clients.get', { id })).fields.contacts.map((contact) => contact.name)
    expect(await contactsOf(dupre?.id as number)).toEqual(['Mme Agnès Dupré', 'M. Paul Martin'])
    expect(await contactsOf(lefevre?.id as number)).toEqual(['M. Jérôme Lefèvre'])
    await core.ok('imports.undoLast', {})
    expect(await contactsOf(dupre?.id as number)).toEqual(['Mme Agnès Dupré'])
    await core.ok('imports.undoLast', {})
    expect(core.count('clients')).toBe(0)
    expect(core.count('contacts')).toBe(0)
  })
})

describe('files saved by LibreOffice Calc (tests/fixtures/libreoffice/make.sh)', () => {
  const folder = join(REPO_ROOT, 'tests', 'fixtures', 'libreoffice')
  // Reste dû per client in echeancier-source.txt, added by hand: 2 480,00 + 1 234,56 − 240,00; 490,20; 7 200,00.
  const owed = new Map([['411DUPRE', 347_456], ['411OEUF', 49_020], ['411BOEUF', 720_000]])

  it.each(['echeancier-libreoffice.xlsx', 'echeancier-libreoffice.csv'])('%s: every balance, the settled parts as settled before the export', async (file) => {
    core = createTestCore()
    const summary = await core.ok('imports.run', { path: join(folder, file) })
    expect(summary).toMatchObject({ rejected: [], invoices: { created: 5 }, creditNotes: { created: 1 } })
    expect(await balances()).toEqual(owed)
    const [partly] = (await core.ok('invoices.list', { search: 'FA-2026-0412' })).rows
    expect(partly).toMatchObject({ amountCents: 1_248_000, balanceCents: 248_000, dueDate: '2026-04-30' })
    const { collected } = await core.ok('dashboard.summary', {})
    expect(collected.thisMonth.amountCents + collected.lastMonth.amountCents).toBe(0)
    expect(core.count('payments')).toBe(3)
  })
})
