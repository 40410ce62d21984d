import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseCsvLine, readCsvRecords, sniffSeparator, type CsvRecord, type ReadCsvOptions } from '../../../src-main/import/text/csv'
import { DomainError } from '../../../src-shared/result'

const folder = mkdtempSync(join(tmpdir(), 'encaisse-csv-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

let fileCount = 0
function file(content: string | Uint8Array): string {
  const path = join(folder, `file-${++fileCount}.csv`)
  writeFileSync(path, content)
  return path
}

async function records(path: string, options?: ReadCsvOptions): Promise<CsvRecord[]> {
  const read: CsvRecord[] = []
  for await (const record of readCsvRecords(path, options)) read.push(record)
  return read
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('expected a failure')
}

describe('CSV lines', () => {
  it('splits on the separator, trims unquoted cells, keeps quoted ones exactly', () => {
    expect(parseCsvLine(' 411DUP ; Dupré ;1 234,56;', ';')).toEqual(['411DUP', 'Dupré', '1 234,56', ''])
    expect(parseCsvLine('"  espaces  ";"a;b";"dit ""oui""";""', ';')).toEqual(['  espaces  ', 'a;b', 'dit "oui"', ''])
    expect(parseCsvLine('  "quoted"  ;x', ';')).toEqual(['quoted', 'x'])
    expect(parseCsvLine('a,"b,c",d', ',')).toEqual(['a', 'b,c', 'd'])
    expect(parseCsvLine('a\tb\t"c\td"', '\t')).toEqual(['a', 'b', 'c\td'])
    expect(parseCsvLine('pouce 12" ;x', ';')).toEqual(['pouce 12"', 'x'])
    expect(parseCsvLine('"ab"c;d', ';')).toEqual(['abc', 'd'])
    expect(parseCsvLine('"ouvert;jamais', ';')).toEqual(['ouvert;jamais'])
    expect(parseCsvLine('', ';')).toEqual([''])
  })

  it('sniffs the separator that splits the lines most consistently, ; on a tie', () => {
    expect(sniffSeparator(['Code;Nom;Montant', '411A;Dupré, fils;1 234,56', '411B;Martin;12,5'])).toBe(';')
    expect(sniffSeparator(['Code,Name,Amount', '411A,"Dupré; fils",1234.56', '411B,Martin,12.5'])).toBe(',')
    expect(sniffSeparator(['Code\tNom\tMontant', '411A\tDupré, fils\t1 234,56'])).toBe('\t')
    expect(sniffSeparator(['JournalCode|JournalLib|EcritureNum', 'VE|Ventes, export|1'])).toBe('|')
    expect(sniffSeparator(['a;b,c', 'd;e,f'])).toBe(';')
    expect(sniffSeparator(['une seule colonne', ''])).toBe(';')
    expect(sniffSeparator([])).toBe(';')
  })
})

describe('readCsvRecords', () => {
  it('reads records across lines, numbered by the line where they start, skipping empty ones', async () => {
    const path = file('Code;Nom;Adresse\r\n\r\n411A;"Dupré\r\n""Fils""";"12 rue\r\n\r\ndes Lilas"\r\n;;\r\n411B;Martin;\r\n')
    expect(await records(path)).toEqual([
      { lineNumber: 1, cells: ['Code', 'Nom', 'Adresse'] },
      { lineNumber: 3, cells: ['411A', 'Dupré\n"Fils"', '12 rue\n\ndes Lilas'] },
      { lineNumber: 8, cells: ['411B', 'Martin', ''] },
    ])
  })

  it('sniffs the separator itself, or takes the one given', async () => {
    const path = file('Code,Name\n411A,"Dupré; fils"\n')
    expect((await records(path)).map((record) => record.cells)).toEqual([
      ['Code', 'Name'],
      ['411A', 'Dupré; fils'],
    ])
    expect((await records(path, { separator: ';' })).map((record) => record.cells)).toEqual([['Code,Name'], ['411A,"Dupré', 'fils"']])
  })

  it('reads a Windows-1252 export with French numbers', async () => {
    const bytes = Uint8Array.from([...'Nom;Montant\r\nÉts Dupré;1 234,56 €\r\n'].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))))
    expect((await records(file(bytes))).map((record) => record.cells)).toEqual([
      ['Nom', 'Montant'],
      ['Éts Dupré', '1 234,56 €'],
    ])
  })

  it('treats quotes as ordinary characters when told (FEC)', async () => {
    const path = file('EcritureLib|Montant\n"Remise client|12,00\nsuite|1,00\n')
    expect((await records(path, { separator: '|', quotes: false })).map((record) => record.cells)).toEqual([
      ['EcritureLib', 'Montant'],
      ['"Remise client', '12,00'],
      ['suite', '1,00'],
    ])
  })

  it('refuses a quote never closed, naming the line where the record starts', async () => {
    const truncated = file('Code;Nom\n411A;Dupré\n411B;"Martin et\nfils;12,00\n')
    const error = await failure(records(truncated))
    expect(error.code).toBe('IMPORT_FORMAT')
    expect(error.message).toBe('Ligne 3 : guillemet ouvert jamais refermé (fichier tronqué ?).')
    // A stray quote does not swallow a whole file before failing: no cell is longer than Excel allows.
    const stray = file(`Code;Nom\n411A;"Dupré\n${'411B;Martin;12,00\n'.repeat(5000)}`)
    expect((await failure(records(stray))).message).toMatch(/^Ligne 2 : guillemet ouvert/)
  })

  it('stops reading when the caller stops', async () => {
    const path = file(Array.from({ length: 100 }, (_, i) => `${i};x`).join('\n'))
    let seen = 0
    for await (const _record of readCsvRecords(path)) if (++seen === 5) break
    expect(seen).toBe(5)
  })
})
