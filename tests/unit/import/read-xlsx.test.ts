import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { readXlsxRows } from '../../../src-main/import/xlsx/read-xlsx'
import { DomainError } from '../../../src-shared/result'

/**
 * Workbooks written by hand, part by part, in the shapes other writers produce
 * (shared and inline strings, rich text, prefixes, missing references, the 1904
 * system), so that the reader is tested on more than what our own writer emits.
 */

const folder = mkdtempSync(join(tmpdir(), 'encaisse-read-xlsx-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'

interface SheetSpec {
  name: string
  xml: string
  state?: 'hidden'
  chart?: boolean
}

interface WorkbookSpec {
  sheets: SheetSpec[]
  sharedStrings?: string
  styles?: string
  date1904?: boolean
  /** Where the workbook part lives; writers other than Excel pick other names. */
  workbookPath?: string
}

let fileCount = 0
function save(bytes: Uint8Array): string {
  const path = join(folder, `book-${++fileCount}.xlsx`)
  writeFileSync(path, bytes)
  return path
}

function workbook(spec: WorkbookSpec): string {
  const workbookPath = spec.workbookPath ?? 'xl/workbook.xml'
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/'))
  const name = workbookPath.slice(dir.length + 1)
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${workbookPath}"/></Relationships>`),
  }
  const folderOf = (sheet: SheetSpec) => (sheet.chart ? 'chartsheets' : 'worksheets')
  const rels = spec.sheets.map(
    (sheet, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/${sheet.chart ? 'chartsheet' : 'worksheet'}" Target="${folderOf(sheet)}/sheet${i + 1}.xml"/>`,
  )
  if (spec.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`)
    files[`${dir}/sharedStrings.xml`] = strToU8(`<sst xmlns="${MAIN}">${spec.sharedStrings}</sst>`)
  }
  if (spec.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="../${dir}/styles.xml"/>`)
    files[`${dir}/styles.xml`] = strToU8(`<styleSheet xmlns="${MAIN}">${spec.styles}</styleSheet>`)
  }
  files[`${dir}/_rels/${name}.rels`] = strToU8(`<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`)
  files[workbookPath] = strToU8(
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>` +
      spec.sheets.map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
  )
  spec.sheets.forEach((sheet, i) => {
    files[`${dir}/${folderOf(sheet)}/sheet${i + 1}.xml`] = strToU8(sheet.xml)
  })
  return save(zipSync(files))
}

const sheetXml = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('readXlsxRows', () => {
  it('reads shared, rich, inline and formula strings, numbers, booleans and errors', async () => {
    const path = workbook({
      sharedStrings:
        '<si><t>Code client</t></si>' +
        '<si><r><rPr><b/></rPr><t>Établissements </t></r><r><t xml:space="preserve">Dupré &amp; fils</t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>' +
        '<si><t>ligne 1_x000D_\nligne 2</t></si>',
      sheets: [
        {
          name: 'Factures',
          xml: sheetXml(
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
              '<row r="2"><c r="A2"><v>1437.1199999999999</v></c><c r="B2" t="inlineStr"><is><t>en ligne</t></is></c>' +
              '<c r="C2" t="str"><f>A1&amp;"x"</f><v>calculé</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c>' +
              '<c r="F2"><v>4.2E-3</v></c><c r="G2" t="n"><v>-12</v></c></row>',
          ),
        },
      ],
    })
    expect(await readXlsxRows(path)).toEqual({
      sheetName: 'Factures',
      rows: [
        { lineNumber: 1, cells: ['Code client', 'Établissements Dupré & fils', '東京', 'ligne 1\r\nligne 2'] },
        { lineNumber: 2, cells: ['1437.12', 'en ligne', 'calculé', '1', '#N/A', '0.0042', '-12'] },
      ],
    })
  })

  it('fills gaps by column letter, keeps row numbers, skips empty rows, follows cells without references', async () => {
    const path = workbook({
      sheets: [
        {
          name: 'Feuil1',
          xml: sheetXml(
            '<row r="2"><c r="B2" t="inlineStr"><is><t>B</t></is></c><c r="D2" t="inlineStr"><is><t>D</t></is></c></row>' +
              '<row r="3"><c r="A3" s="0"/><c r="B3"><v></v></c></row>' +
              '<row r="5" spans="1:28"><c r="AB5"><v>28</v></c></row>' +
              '<row><c t="inlineStr"><is><t>x</t></is></c><c><v>2</v></c></row>',
          ),
        },
      ],
    })
    const { rows } = await readXlsxRows(path)
    expect(rows[0]).toEqual({ lineNumber: 2, cells: ['', 'B', '', 'D'] })
    expect(rows[1]?.lineNumber).toBe(5)
    expect(rows[1]?.cells).toHaveLength(28)
    expect(rows[1]?.cells[27]).toBe('28')
    expect(rows[2]).toEqual({ lineNumber: 6, cells: ['x', '2'] })
    expect(rows).toHaveLength(3)
  })

  it('turns date-styled numbers into ISO dates, in both date systems, and leaves times alone', async () => {
    const styles =
      '<numFmts count="3"><numFmt numFmtId="164" formatCode="DD/MM/YYYY"/><numFmt numFmtId="165" formatCode="#,##0.00\\ &quot;€&quot;"/>' +
      '<numFmt numFmtId="166" formatCode="[$-40C]d\\ mmmm\\ yyyy;@"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="20"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></dxf></dxfs>'
    const styled: [number, string][] = [[1, '46349'], [2, '46349.5'], [3, '46349'], [4, '61'], [5, '0.5'], [1, '60'], [0, '46349']]
    const row = `<row r="1">${styled.map(([style, value], i) => `<c r="${'ABCDEFG'[i]}1" s="${style}"><v>${value}</v></c>`).join('')}</row>`
    const plain = await readXlsxRows(workbook({ styles, sheets: [{ name: 'D', xml: sheetXml(row) }] }))
    expect(plain.rows[0]?.cells).toEqual(['2026-11-23', '2026-11-23', '46349', '1900-03-01', '0.5', '60', '46349'])
    const mac = await readXlsxRows(workbook({ styles, date1904: true, sheets: [{ name: 'D', xml: sheetXml('<row r="1"><c r="A1" s="1"><v>44887</v></c></row>') }] }))
    expect(mac.rows[0]?.cells).toEqual(['2026-11-23'])
  })

  it('follows the relationships wherever the parts are, with any prefix', async () => {
    const prefixed = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`
    const path = workbook({ workbookPath: 'book/main.xml', sharedStrings: '<si><t>trouvé</t></si>', sheets: [{ name: 'Données', xml: prefixed }] })
    expect(await readXlsxRows(path)).toEqual({ sheetName: 'Données', rows: [{ lineNumber: 1, cells: ['trouvé'] }] })
  })

  it('reads the first visible worksheet, or the one named', async () => {
    const cell = (text: string) => sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`)
    const path = workbook({
      sheets: [
        { name: 'Paramètres', xml: cell('caché'), state: 'hidden' },
        { name: 'Graphique', xml: '<chartsheet/>', chart: true },
        { name: 'Clients', xml: cell('clients') },
        { name: 'Factures', xml: cell('factures') },
      ],
    })
    expect((await readXlsxRows(path)).sheetName).toBe('Clients')
    expect((await readXlsxRows(path, { sheet: 'Factures' })).rows[0]?.cells).toEqual(['factures'])
    expect((await readXlsxRows(path, { sheet: 'Paramètres' })).rows[0]?.cells).toEqual(['caché'])
    expect((await refusal(readXlsxRows(path, { sheet: 'Ventes' }))).message).toBe(
      'Feuille « Ventes » introuvable dans le classeur (feuilles : « Paramètres », « Clients », « Factures »).',
    )
  })

  it('refuses what is not a readable .xlsx, saying what to do', async () => {
    const csv = save(strToU8('Code;Nom\n411A;Dupré\n'))
    expect((await refusal(readXlsxRows(csv))).message).toMatch(/^Ce fichier n'est pas un classeur Excel \.xlsx lisible : /)
    const compound = (extra: Uint8Array) => save(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600), ...extra]))
    const encrypted = compound(new Uint8Array(Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le')))
    expect((await refusal(readXlsxRows(encrypted))).message).toMatch(/^Classeur protégé par mot de passe : /)
    const xls = compound(new Uint8Array(Buffer.from('Workbook', 'utf16le')))
    expect((await refusal(readXlsxRows(xls))).message).toMatch(/^Ancien format Excel \(\.xls\) : .*\.xlsx ou CSV/)
    const good = zipSync({ 'a.txt': strToU8('x'.repeat(1000)) })
    expect((await refusal(readXlsxRows(save(good.subarray(0, 40))))).message).toMatch(/archive ZIP endommagée/)
    expect((await refusal(readXlsxRows(save(good)))).message).toMatch(/_rels\/\.rels/)
    const broken = workbook({ sheets: [{ name: 'F', xml: '<worksheet><sheetData><row></sheetData>' }] })
    expect((await refusal(readXlsxRows(broken))).message).toMatch(/worksheets\/sheet1\.xml n'est pas du XML valide/)
    const missing = await refusal(readXlsxRows(join(folder, 'absent.xlsx')))
    expect(missing.message).toBe('Impossible de lire le fichier « absent.xlsx » : fichier introuvable.')
    for (const error of [missing, await refusal(readXlsxRows(csv))]) expect(error.code).toBe('IMPORT_FORMAT')
  })

  it('stops on abort', async () => {
    const rows = Array.from(
      { length: 25_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>ligne ${i}</t></is></c></row>`,
    )
    const path = workbook({ sheets: [{ name: 'Gros', xml: sheetXml(rows.join('')) }] })
    expect((await readXlsxRows(path)).rows).toHaveLength(25_000)
    const controller = new AbortController()
    const reason = new Error('annulé')
    const reading = readXlsxRows(path, { signal: controller.signal })
    setImmediate(() => controller.abort(reason))
    await expect(reading).rejects.toBe(reason)
    await expect(readXlsxRows(path, { signal: controller.signal })).rejects.toBe(reason)
  })
})
