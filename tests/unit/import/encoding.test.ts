import { describe, expect, it } from 'vitest'
import { bomLengthFor, detectEightBitEncoding, detectEncoding } from '../../../src-main/import/text/encoding'
import { DomainError } from '../../../src-shared/result'

const bytes = (...values: number[]) => Uint8Array.from(values)
const utf8 = (text: string) => new TextEncoder().encode(text)
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'))
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16())

function refusal(head: Uint8Array): DomainError {
  try {
    detectEncoding(head)
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('encoding detection', () => {
  it('trusts a byte-order mark', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ encoding: 'utf-8', bomLength: 3 })
    expect(detectEncoding(bytes(0xff, 0xfe, 0x41, 0x00))).toEqual({ encoding: 'utf-16le', bomLength: 2 })
    expect(detectEncoding(bytes(0xfe, 0xff, 0x00, 0x41))).toEqual({ encoding: 'utf-16be', bomLength: 2 })
    expect(bomLengthFor('utf-8', bytes(0xef, 0xbb, 0xbf))).toBe(3)
    expect(bomLengthFor('utf-16le', bytes(0xef, 0xbb, 0xbf))).toBe(0)
  })

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    const text = 'Code;Raison sociale;Montant\r\n411DUP;Établissements Dupré;1 234,56\r\n'
    expect(detectEncoding(utf16le(text))).toEqual({ encoding: 'utf-16le', bomLength: 0 })
    expect(detectEncoding(utf16be(text))).toEqual({ encoding: 'utf-16be', bomLength: 0 })
  })

  it('takes valid UTF-8 (and plain ASCII) as UTF-8, even cut in the middle of a character', () => {
    expect(detectEncoding(utf8('Raison sociale;Échéance'))).toEqual({ encoding: 'utf-8', bomLength: 0 })
    expect(detectEncoding(utf8('Code;Montant\n411A;12,00'))).toEqual({ encoding: 'utf-8', bomLength: 0 })
    const cut = utf8('Dupré é')
    expect(detectEncoding(cut.subarray(0, cut.length - 1)).encoding).toBe('utf-8')
    expect(detectEncoding(new Uint8Array(0))).toEqual({ encoding: 'utf-8', bomLength: 0 })
  })

  it('tells Windows-1252 from ISO-8859-15', () => {
    // « Dupré » in 8-bit, then the euro sign: 0x80 in Windows-1252, 0xA4 in ISO-8859-15.
    expect(detectEncoding(bytes(0x44, 0x75, 0x70, 0x72, 0xe9, 0x3b, 0x31, 0x32, 0x20, 0x80)).encoding).toBe('windows-1252')
    expect(detectEncoding(bytes(0x44, 0x75, 0x70, 0x72, 0xe9, 0x3b, 0x31, 0x32, 0x20, 0xa4)).encoding).toBe('iso-8859-15')
    // œ is 0xBD in ISO-8859-15; 0x9C in Windows-1252.
    expect(detectEightBitEncoding(bytes(0x63, 0xbd, 0x75, 0x72))).toBe('iso-8859-15')
    expect(detectEightBitEncoding(bytes(0x63, 0x9c, 0x75, 0x72, 0xa4))).toBe('windows-1252')
    // Plain ISO-8859-1 (no €, no œ) reads the same in Windows-1252.
    expect(detectEncoding(bytes(0x44, 0x75, 0x70, 0x72, 0xe9, 0x0a)).encoding).toBe('windows-1252')
  })

  it('refuses binary files with a French reason', () => {
    expect(refusal(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)).message).toMatch(/^Encodage du fichier non reconnu : .*\.xlsx/)
    expect(refusal(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1)).message).toMatch(/\.xls\)/)
    expect(refusal(utf8('%PDF-1.7\n%âãÏÓ')).message).toMatch(/PDF/)
    expect(refusal(bytes(0x41, 0x42, 0x00, 0x00, 0x00, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49)).message).toMatch(/octets nuls/)
    expect(refusal(bytes(0x41, 0x01, 0x02, 0x03, 0x42, 0x43)).message).toMatch(/caractères de contrôle/)
    expect(refusal(bytes(0x50, 0x4b, 0x03, 0x04)).code).toBe('IMPORT_FORMAT')
  })
})
