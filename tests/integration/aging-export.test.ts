import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readXlsxRows } from '../../src-main/import/xlsx/read-xlsx'
import type { ChannelInput } from '../../src-shared/contract'
import { agingLedger } from '../helpers/aging-ledger'
import { createTestCore, type TestCore } from '../helpers/test-core'

let core: TestCore
beforeEach(async () => {
  core = createTestCore({ today: '2026-11-23' })
  await core.ok('company.update', { legalName: 'Éditions Lumière SARL' })
})
afterEach(() => core.dispose())

async function exported(input: ChannelInput<'aging.export'>): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const file = await core.ok('aging.export', input)
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: Buffer.from(file.base64, 'base64') }
}

/** The PDF's text as pdftotext lays it out, French spaces (narrow, no-break) made plain. */
function pdfText(bytes: Buffer): string {
  const path = join(core.folder, 'balance.pdf')
  writeFileSync(path, bytes)
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ')
}

describe('aged balance exports', () => {
  it('writes a French CSV: BOM, semicolons, decimal commas, a header and a totals row', async () => {
    await agingLedger(core)
    const csv = await exported({ format: 'csv' })
    expect(csv.fileName).toBe('balance-agee-2026-11-23.csv')
    expect(csv.mimeType).toBe('text/csv;charset=utf-8')
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      // What the file is and how it was drawn, as on the PDF: a forwarded file keeps its date.
      'Balance âgée au 23/11/2026 — Éditions Lumière SARL',
      'Tous les clients ayant un solde.',
      expect.stringMatching(/^DSO du dossier : .* · Édité le 23\/11\/2026 avec Encaisse\.$/),
      '',
      'Code client;Client;Segment;Non échu;1–30 j;31–60 j;61–90 j;Plus de 90 j;Crédits non affectés;Solde',
      '411LEFEV;Boulangerie Lefèvre;Artisans;0,00;0,00;0,00;750,00;0,00;-120,00;630,00',
      '411DUPRE;Établissements Dupré;PME;100,00;500,00;400,00;0,00;500,00;0,00;1500,00',
      '411MARTI;Zoé Martin;Artisans;0,00;0,00;0,00;0,00;0,00;-80,00;-80,00',
      'Total;3 clients;;100,00;500,00;400,00;750,00;500,00;-200,00;2050,00',
      '',
    ])
  })

  it('quotes a text holding a semicolon, and applies the filters and order of the screen', async () => {
    await agingLedger(core)
    await core.ok('clients.create', { code: '411QUOTE', name: 'Durand; Fils & "Cie"', kind: 'pro', segment: 'PME' })
    const { id } = (await core.ok('clients.list', { search: 'durand' }))[0]!
    await core.ok('invoices.create', { clientId: id, number: 'Q1', issueDate: '2026-11-01', dueDate: '2026-12-01', amountCents: 123_456_78 })
    const csv = (await exported({ format: 'csv', segment: 'PME', sort: 'total', descending: true })).bytes.toString('utf8')
    const lines = csv.split('\r\n')
    expect(lines.slice(0, 2)).toEqual(['\uFEFFBalance âgée au 23/11/2026 — Éditions Lumière SARL', 'Filtres : segment « PME ».'])
    expect(lines.slice(5, 7)).toEqual([
      '411QUOTE;"Durand; Fils & ""Cie""";PME;123456,78;0,00;0,00;0,00;0,00;0,00;123456,78',
      '411DUPRE;Établissements Dupré;PME;100,00;500,00;400,00;0,00;500,00;0,00;1500,00',
    ])
  })

  it('writes an Excel workbook whose rows read back with the same figures', async () => {
    await agingLedger(core)
    const xlsx = await exported({ format: 'xlsx' })
    expect(xlsx.fileName).toBe('balance-agee-2026-11-23.xlsx')
    const path = join(core.folder, 'balance.xlsx')
    writeFileSync(path, xlsx.bytes)
    const { sheetName, rows } = await readXlsxRows(path)
    expect(sheetName).toBe('Balance âgée')
    expect(rows.map((row) => row.cells)).toEqual([
      ['Balance âgée au 23/11/2026 — Éditions Lumière SARL'],
      ['Tous les clients ayant un solde.'],
      [expect.stringMatching(/^DSO du dossier : .* · Édité le 23\/11\/2026 avec Encaisse\.$/)],
      ['Code client', 'Client', 'Segment', 'Non échu', '1–30 j', '31–60 j', '61–90 j', 'Plus de 90 j', 'Crédits non affectés', 'Solde'],
      ['411LEFEV', 'Boulangerie Lefèvre', 'Artisans', '0', '0', '0', '750', '0', '-120', '630'],
      ['411DUPRE', 'Établissements Dupré', 'PME', '100', '500', '400', '0', '500', '0', '1500'],
      ['411MARTI', 'Zoé Martin', 'Artisans', '0', '0', '0', '0', '0', '-80', '-80'],
      ['Total', '3 clients', '', '100', '500', '400', '750', '500', '-200', '2050'],
    ])
  })

  it('prints a PDF with the title, the company, accented names, French amounts and the totals', async () => {
    await agingLedger(core)
    const pdf = await exported({ format: 'pdf', onlyLate: true })
    expect(pdf.fileName).toBe('balance-agee-2026-11-23.pdf')
    expect(pdf.mimeType).toBe('application/pdf')
    const text = pdfText(pdf.bytes)
    expect(text).toContain('Balance âgée au 23/11/2026')
    expect(text).toContain('Éditions Lumière SARL')
    expect(text).toContain('Filtres : clients en retard uniquement.')
    // A client's zero amounts are blank on paper; the totals row writes every amount.
    expect(text).toMatch(/Établissements Dupré\s+PME\s+100,00 €\s+500,00 €\s+400,00 €\s+500,00 €\s+1 500,00 €\n/)
    expect(text).toMatch(/Boulangerie Lefèvre\s+Artisans\s+750,00 €\s+-120,00 €\s+630,00 €\n/)
    expect(text).toMatch(/Total\s+2 clients\s+100,00 €\s+500,00 €\s+400,00 €\s+750,00 €\s+500,00 €\s+-120,00 €\s+2 130,00 €/)
    expect(text).not.toContain('Zoé Martin')
    expect(text).toContain('Page 1/1')
  })

  it('repeats the column headers on every page and numbers the pages of a long balance', async () => {
    const sqlite = core.session.current.sqlite
    sqlite.transaction(() => {
      for (let n = 1; n <= 130; n++) {
        const code = `411C${String(n).padStart(4, '0')}`
        const { lastInsertRowid } = sqlite.prepare('INSERT INTO clients (code, name, search_key) VALUES (?, ?, ?)').run(code, `Société Œuvre n° ${n}`, `societe oeuvre ${code}`)
        sqlite.prepare("INSERT INTO invoices (client_id, number, issue_date, due_date, amount_cents) VALUES (?, ?, '2026-09-01', '2026-10-01', ?)").run(lastInsertRowid, `F${n}`, n * 100_000)
      }
    })()
    const text = pdfText((await exported({ format: 'pdf' })).bytes)
    const pages = text.split('\f').filter((page) => page.trim() !== '')
    expect(pages.length).toBeGreaterThan(2)
    pages.forEach((page, i) => {
      expect(page).toMatch(/Code client\s+Client\s+Segment\s+Non échu\s+1–30 j/)
      expect(page).toContain(`Page ${i + 1}/${pages.length}`)
    })
    expect(pages.at(-1)).toMatch(/Total\s+130 clients\s+0,00 €\s+0,00 €\s+8 515 000,00 €/)
  })
})
