import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { detectEncodingOfFile } from '../../../src-main/import/text/encoding'
import { readLines, type ReadLinesOptions } from '../../../src-main/import/text/read-lines'
import { DomainError } from '../../../src-shared/result'

const folder = mkdtempSync(join(tmpdir(), 'encaisse-read-lines-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const MIB = 1024 * 1024
let fileCount = 0
function file(content: string | Uint8Array): string {
  const path = join(folder, `file-${++fileCount}.txt`)
  writeFileSync(path, content)
  return path
}

async function lines(path: string, options?: ReadLinesOptions): Promise<string[]> {
  const texts: string[] = []
  for await (const line of readLines(path, options)) texts.push(line.text)
  return texts
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

/** Windows-1252 bytes of text made of Latin-1 characters and €. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))))
}

describe('readLines', () => {
  it('decodes Windows-1252 exports (é = 0xE9, € = 0x80)', async () => {
    const path = file(windows1252('Raison sociale;Montant\r\nÉts Dupré;12,00 €\r\n'))
    expect(await lines(path)).toEqual(['Raison sociale;Montant', 'Éts Dupré;12,00 €'])
    expect(await detectEncodingOfFile(path)).toBe('windows-1252')
  })

  it('decodes UTF-16LE with its BOM, and UTF-8 with its BOM, dropping the BOM', async () => {
    const text = 'Code;Nom\r\n411DUP;Établissements Dupré\r\n'
    const utf16 = file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    expect(await lines(utf16)).toEqual(['Code;Nom', '411DUP;Établissements Dupré'])
    const utf8 = file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))
    expect(await lines(utf8)).toEqual(['Code;Nom', '411DUP;Établissements Dupré'])
  })

  it('splits on CRLF, LF and lone CR, keeps empty lines, numbers from 1', async () => {
    const path = file('a\r\nb\nc\rd\r\n\r\ne')
    const read: { lineNumber: number; text: string }[] = []
    for await (const line of readLines(path)) read.push(line)
    expect(read).toEqual([
      { lineNumber: 1, text: 'a' },
      { lineNumber: 2, text: 'b' },
      { lineNumber: 3, text: 'c' },
      { lineNumber: 4, text: 'd' },
      { lineNumber: 5, text: '' },
      { lineNumber: 6, text: 'e' },
    ])
    expect(await lines(file(''))).toEqual([])
    expect(await lines(file('\n'))).toEqual([''])
  })

  it('keeps a CRLF and a UTF-8 character whole across the 1 MiB chunk boundary', async () => {
    const crlfAtBoundary = 'x'.repeat(MIB - 1) + '\r\n' + 'next\r\n'
    expect((await lines(file(crlfAtBoundary))).map((line) => line.length)).toEqual([MIB - 1, 4])
    const accentAtBoundary = Buffer.concat([Buffer.from('é\n'), Buffer.from('y'.repeat(MIB - 4)), Buffer.from('é€\nfin')])
    const read = await lines(file(accentAtBoundary))
    expect(read).toHaveLength(3)
    expect(read[1]?.endsWith('yé€')).toBe(true)
  })

  it('names the line of an invalid UTF-8 byte in a UTF-8 file', async () => {
    const head = Array.from({ length: 1203 }, (_, i) => `Ligne ${i + 1};Dupré`).join('\n') + '\n'
    const path = file(Buffer.concat([Buffer.from(head), Buffer.from([0x41, 0xff, 0x42, 0x0a]), Buffer.from('suite\n')]))
    const error = await failure(lines(path))
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).code).toBe('IMPORT_FORMAT')
    expect((error as DomainError).message).toBe("Ligne 1204 : caractère invalide pour l'encodage UTF-8.")
    // Also when the bad byte comes after the first chunk.
    const far = Buffer.concat([Buffer.from('é\n'), Buffer.from(`${'z'.repeat(99)}\n`.repeat(20_000)), Buffer.from([0xe9, 0x0a])])
    expect(((await failure(lines(file(far)))) as Error).message).toBe("Ligne 20002 : caractère invalide pour l'encodage UTF-8.")
  })

  it('reads an 8-bit file whose first accent comes after the detected head', async () => {
    const ascii = `${'a'.repeat(99)}\n`.repeat(15_000)
    const path = file(Buffer.concat([Buffer.from(ascii), windows1252('Dupré;12 €\n'), windows1252('fin é')]))
    const read = await lines(path)
    expect(read).toHaveLength(15_002)
    expect(read.slice(-2)).toEqual(['Dupré;12 €', 'fin é'])
  })

  it('uses an imposed encoding', async () => {
    const path = file(Buffer.from([0x63, 0xbd, 0x75, 0x72, 0x0a]))
    expect(await lines(path, { encoding: 'iso-8859-15' })).toEqual(['cœur'])
    expect(await lines(path, { encoding: 'windows-1252' })).toEqual(['c½ur'])
    expect(((await failure(lines(path, { encoding: 'utf-8' }))) as Error).message).toMatch(/^Ligne 1 : /)
  })

  it('refuses a missing file and a binary one in French', async () => {
    const missing = (await failure(lines(join(folder, 'absent.csv')))) as DomainError
    expect(missing.code).toBe('IMPORT_FORMAT')
    expect(missing.message).toBe('Impossible de lire le fichier « absent.csv » : fichier introuvable.')
    expect(((await failure(lines(folder))) as Error).message).toMatch(/ce n'est pas un fichier/)
    const zip = file(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))
    expect(((await failure(lines(zip))) as Error).message).toMatch(/^Encodage du fichier non reconnu/)
  })

  it('streams 200,000 lines quickly, reports progress, and stops on abort', async () => {
    const count = 200_000
    const row = (i: number) => `${i}|VE|Ventes|20261123|411000|Clients|411DUP${i % 997}|Établissements Dupré|FA${i}|20261123|Facture ${i}| 000000000001437,12|0,00||||`
    const path = file(Array.from({ length: count }, (_, i) => row(i + 1)).join('\r\n') + '\r\n')
    const progress: [number, number][] = []
    const started = performance.now()
    let read = 0
    let last = ''
    for await (const line of readLines(path, { onProgress: (bytesRead, totalBytes) => progress.push([bytesRead, totalBytes]) })) {
      read++
      last = line.text
    }
    const elapsed = performance.now() - started
    expect(read).toBe(count)
    expect(last).toBe(row(count))
    expect(elapsed).toBeLessThan(5_000)
    const total = progress[0]?.[1] ?? 0
    expect(progress.length).toBeGreaterThan(10)
    expect(progress.at(-1)).toEqual([total, total])
    expect(progress.every(([bytesRead], i) => i === 0 || bytesRead > (progress[i - 1]?.[0] ?? 0))).toBe(true)

    const controller = new AbortController()
    const reason = new Error('annulé')
    let seen = 0
    const aborted = await failure(
      (async () => {
        for await (const _line of readLines(path, { signal: controller.signal })) {
          if (++seen === 1000) controller.abort(reason)
        }
      })(),
    )
    expect(aborted).toBe(reason)
    expect(seen).toBe(1000)
    expect(((await failure(lines(path, { signal: controller.signal }))) as Error).message).toBe('annulé')
  })
})
