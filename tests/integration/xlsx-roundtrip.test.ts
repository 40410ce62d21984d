import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { buildXlsx, excelSheetNames, type XlsxSheet } from '../../src-main/export/xlsx-writer'
import { parseAmountCents } from '../../src-shared/amounts'
import { readXlsxRows } from '../../src-main/import/xlsx/read-xlsx'

/**
 * What Encaisse exports as .xlsx must open elsewhere and come back as it left: written
 * by our writer, read by our reader (and, where LibreOffice is installed, opened by it
 * and saved again in its own way).
 */

const folder = mkdtempSync(join(tmpdir(), 'encaisse-xlsx-roundtrip-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

let fileCount = 0
function save(bytes: Uint8Array, name = `export-${++fileCount}.xlsx`): string {
  const path = join(folder, name)
  writeFileSync(path, bytes)
  return path
}

const agedBalance: XlsxSheet = {
  name: 'Balance âgée: 2026/11',
  columns: [
    { header: 'Code', kind: 'text' },
    { header: 'Client', kind: 'text' },
    { header: 'Échéance', kind: 'date' },
    { header: 'Factures', kind: 'integer' },
    { header: 'Total', kind: 'cents', width: 16 },
  ],
  rows: [
    ['411DUP', 'Établissements Dupré', '2026-11-23', 3, 123456],
    ['411AMP', 'Ampersand & <Angles> "cités"', '2025-02-28', 1, -4000],
    ['411ZER', ' espaces autour ', null, 0, 0],
    ['411BIG', 'Œuvres sociales — Cœur', '2000-01-01', 12, 99_999_999_999],
    ['411TXT', 'Montant en texte', 'pas une date', '—', 'n/c'],
  ],
  totalsRow: ['Total', null, null, 16, 99_999_923_455],
}

function cellsOf(sheet: XlsxSheet): string[][] {
  const text = (value: string | number | null, kind: string) =>
    value === null ? '' : typeof value === 'number' && kind === 'cents' ? String(value / 100) : String(value)
  const rows = [...sheet.rows, ...(sheet.totalsRow ? [sheet.totalsRow] : [])]
  return [sheet.columns.map((column) => column.header), ...rows.map((row) => row.map((value, i) => text(value, sheet.columns[i]?.kind ?? 'text')))]
}

describe('XLSX round trip', () => {
  it('reads back texts, amounts, dates and integers as written', async () => {
    const path = save(buildXlsx([agedBalance]))
    const read = await readXlsxRows(path)
    expect(read.sheetName).toBe('Balance âgée  2026 11')
    expect(read.rows.map((row) => row.lineNumber)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(read.rows.map((row) => row.cells)).toEqual(cellsOf(agedBalance))
    // Amounts come back as decimal text that parses to the same cents.
    const totals = read.rows.slice(1).map((row) => parseAmountCents(row.cells[4] ?? '', { decimal: '.' }))
    expect(totals).toEqual([123456, -4000, 0, 99_999_999_999, null, 99_999_923_455])
  })

  it('writes the parts a spreadsheet needs: styles, frozen bold header, widths, several sheets', async () => {
    const rejected: XlsxSheet = {
      name: 'Rejets',
      columns: [
        { header: 'Ligne', kind: 'integer' },
        { header: 'Motif', kind: 'text' },
      ],
      rows: [[12, 'Date impossible']],
    }
    const bytes = buildXlsx([agedBalance, rejected])
    const parts = unzipSync(bytes)
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ])
    const styles = strFromU8(parts['xl/styles.xml'] as Uint8Array)
    expect(styles).toContain('formatCode="#,##0.00 &quot;€&quot;"')
    expect(styles).toContain('formatCode="dd/mm/yyyy"')
    expect(styles).toContain('<b/>')
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] as Uint8Array)
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>')
    expect(sheet).toContain('<col min="5" max="5" width="16" customWidth="1"/>')
    expect(sheet).toContain('<dimension ref="A1:E7"/>')
    // The header and the totals are bold (style 1 = bold text, 7 = bold integer, 3 = bold euros).
    expect(sheet).toMatch(/<row r="1"><c r="A1" t="inlineStr" s="1">/)
    expect(sheet).toContain('<c r="D7" s="7"><v>16</v></c><c r="E7" s="3"><v>999999234.55</v></c>')
    // Dates are real Excel serials, amounts real numbers in euros.
    expect(sheet).toContain('<c r="C2" s="4"><v>46349</v></c>')
    expect(sheet).toContain('<c r="E3" s="2"><v>-40.00</v></c>')
    expect((await readXlsxRows(save(bytes), { sheet: 'Rejets' })).rows[1]?.cells).toEqual(['12', 'Date impossible'])
  })

  it('makes sheet names Excel accepts', () => {
    const names = ['Balance âgée: 2026/11', "'Clients'", '[Relances]*?', '', 'Une feuille au nom beaucoup trop long pour Excel']
    expect(excelSheetNames([...names, 'clients', 'CLIENTS'])).toEqual([
      'Balance âgée  2026 11',
      'Clients',
      'Relances',
      'Feuille 4',
      'Une feuille au nom beaucoup tro',
      'clients (2)',
      'CLIENTS (3)',
    ])
  })

  it('refuses values that do not fit their column', () => {
    const sheet = (value: string | number | null, kind: 'cents' | 'date' | 'integer'): XlsxSheet => ({ name: 'F', columns: [{ header: 'X', kind }], rows: [[value]] })
    expect(() => buildXlsx([sheet(12.5, 'cents')])).toThrow(RangeError)
    expect(() => buildXlsx([sheet(1.5, 'integer')])).toThrow(RangeError)
    expect(() => buildXlsx([sheet(46349, 'date')])).toThrow(RangeError)
    expect(() => buildXlsx([])).toThrow(RangeError)
  })

  it('keeps any text and any amount through a round trip', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string({ unit: 'binary', minLength: 1 }), fc.integer({ min: -99_999_999_999, max: 99_999_999_999 })), { minLength: 1, maxLength: 20 }),
        async (rows) => {
          const path = save(buildXlsx([{ name: 'P', columns: [{ header: 'Texte', kind: 'text' }, { header: 'Montant', kind: 'cents' }], rows }]))
          const read = await readXlsxRows(path)
          expect(read.rows.slice(1).map((row) => row.cells[0])).toEqual(rows.map(([text]) => text))
          expect(read.rows.slice(1).map((row) => parseAmountCents(row.cells[1] ?? '', { decimal: '.' }))).toEqual(rows.map(([, cents]) => cents))
        },
      ),
      { numRuns: 30 },
    )
  })

  const libreOffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((path) => existsSync(path))

  it.skipIf(!libreOffice)('opens in LibreOffice, and reads back what LibreOffice saves', async () => {
    const source = save(buildXlsx([agedBalance]), 'balance.xlsx')
    const convert = (format: string, outdir: string) =>
      execFileSync(
        libreOffice as string,
        [`-env:UserInstallation=file://${join(folder, 'lo-profile')}`, '--headless', '--convert-to', format, '--outdir', outdir, source],
        { timeout: 60_000, stdio: 'pipe' },
      )
    convert('csv:Text - txt - csv (StarCalc):59,34,76', join(folder, 'csv'))
    const csv = readFileSync(join(folder, 'csv', 'balance.csv'), 'utf8')
    expect(csv.split('\n')[0]).toBe('Code;Client;Échéance;Factures;Total')
    expect(csv).toContain('411DUP;Établissements Dupré;23/11/2026;3;')
    expect(csv).toContain('"Ampersand & <Angles> ""cités"""')
    convert('xlsx', join(folder, 'lo'))
    const resaved = await readXlsxRows(join(folder, 'lo', 'balance.xlsx'))
    expect(resaved.rows.map((row) => row.cells)).toEqual(cellsOf(agedBalance))
  })
})
