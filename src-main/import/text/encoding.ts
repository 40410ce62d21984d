import { open } from 'node:fs/promises'
import { DomainError } from '../../../src-shared/result'

/**
 * Which character set a text export was written in. French accounting software writes
 * UTF-8 (with or without BOM), Windows-1252 or ISO-8859-1/15 (Sage, EBP, older FEC
 * exports), and Excel's « Texte Unicode » is UTF-16. There is no label in a CSV, so the
 * first bytes decide; a binary file is refused here rather than read as garbage.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15'

export interface DetectedEncoding {
  encoding: TextEncodingName
  /** Bytes of byte-order mark to skip before decoding (0 when there is none). */
  bomLength: number
}

const BOMS: readonly { encoding: TextEncodingName; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
]

/** Files people pick by mistake instead of a text export, by their first bytes. */
const BINARY_SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "c'est un classeur Excel (.xlsx) ou une archive ZIP, pas un fichier texte" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "c'est un ancien classeur Excel (.xls) ou un document Office, pas un fichier texte" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "c'est un document PDF, pas un fichier texte" },
]

/** What detection reads of a file: enough for headers and many lines of accented names. */
export const DETECTION_BYTES = 1024 * 1024

/** Beyond this many bytes the head tells nothing more and scanning it only costs time. */
const SCAN_LIMIT = 64 * 1024

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((byte, i) => head[i] === byte)
}

/** Length of the byte-order mark of `encoding` at the start of `head`, 0 when absent. */
export function bomLengthFor(encoding: TextEncodingName, head: Uint8Array): number {
  const bom = BOMS.find((candidate) => candidate.encoding === encoding)
  return bom && startsWith(head, bom.bytes) ? bom.bytes.length : 0
}

function refuse(reason: string): DomainError {
  return new DomainError('IMPORT_FORMAT', `Encodage du fichier non reconnu : ${reason}.`)
}

/**
 * UTF-16 without a BOM: text that is mostly Latin has a zero in every other byte, on the
 * odd positions for little-endian, on the even ones for big-endian.
 */
function utf16WithoutBom(head: Uint8Array): TextEncodingName | null {
  const pairs = Math.floor(head.length / 2)
  if (pairs === 0) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenZeros++
    if (head[i + 1] === 0) oddZeros++
  }
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05) return 'utf-16le'
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05) return 'utf-16be'
  return null
}

/**
 * Whether bytes are UTF-8: every byte above 0x7F in a valid multi-byte sequence, or
 * at least more valid sequences than stray bytes. A UTF-8 export with one corrupt byte
 * is still UTF-8 (readLines then names the bad line instead of garbling every accent),
 * while 8-bit French text practically never forms a valid sequence: 0xE9 (é) would
 * need two continuation bytes after it. A sequence cut by the end of `bytes` counts
 * for nothing.
 */
export function readsAsUtf8(bytes: Uint8Array): boolean {
  let valid = 0
  let invalid = 0
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80) {
      i++
      continue
    }
    const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
    let continuation = 1
    while (continuation < size && i + continuation < bytes.length && ((bytes[i + continuation] ?? 0) & 0xc0) === 0x80) continuation++
    if (size > 0 && continuation === size) {
      valid++
      i += size
    } else if (size > 0 && i + continuation === bytes.length) {
      break
    } else {
      invalid++
      i++
    }
  }
  return invalid === 0 || valid > invalid
}

/**
 * ISO-8859-15 differs from Windows-1252 where French needs it: 0xA4 is € (¤ in 1252),
 * 0xBC/0xBD/0xBE are Œ œ Ÿ (¼ ½ ¾). A file using those bytes and none of 0x80–0x9F
 * (where 1252 puts its own €, œ, curly quotes) is ISO-8859-15; otherwise 1252, which
 * reads ISO-8859-1 text identically.
 */
export function detectEightBitEncoding(head: Uint8Array): TextEncodingName {
  let iso15Signs = false
  for (const byte of head) {
    if (byte >= 0x80 && byte <= 0x9f) return 'windows-1252'
    if (byte === 0xa4 || byte === 0xbc || byte === 0xbd || byte === 0xbe) iso15Signs = true
  }
  return iso15Signs ? 'iso-8859-15' : 'windows-1252'
}

/** Control characters other than tab, line feed, form feed and carriage return. */
function controlCharacterShare(head: Uint8Array): number {
  let controls = 0
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) controls++
  }
  return head.length === 0 ? 0 : controls / head.length
}

/** Decides the encoding of a text file from its first bytes (up to 1 MiB is plenty). */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  for (const bom of BOMS) {
    if (startsWith(head, bom.bytes)) return { encoding: bom.encoding, bomLength: bom.bytes.length }
  }
  const signature = BINARY_SIGNATURES.find((candidate) => startsWith(head, candidate.bytes))
  if (signature) throw refuse(signature.what)

  const sample = head.subarray(0, SCAN_LIMIT)
  const utf16 = utf16WithoutBom(sample)
  if (utf16) return { encoding: utf16, bomLength: 0 }
  if (sample.includes(0)) throw refuse("il contient des octets nuls, ce n'est pas un fichier texte (CSV, TSV ou FEC)")
  if (controlCharacterShare(sample) > 0.01) throw refuse("il contient des caractères de contrôle, ce n'est pas un fichier texte (CSV, TSV ou FEC)")

  if (readsAsUtf8(head)) return { encoding: 'utf-8', bomLength: 0 }
  return { encoding: detectEightBitEncoding(head), bomLength: 0 }
}


/**
 * The encoding of a text file, from its first mebibyte, as readLines will decode it
 * (for the import preview). Callers open the file with readLines first, which names a
 * missing or unreadable file in French.
 */
export async function detectEncodingOfFile(path: string): Promise<TextEncodingName> {
  const file = await open(path, 'r')
  try {
    const head = new Uint8Array(DETECTION_BYTES)
    const { bytesRead } = await file.read(head, 0, DETECTION_BYTES, 0)
    return detectEncoding(head.subarray(0, bytesRead)).encoding
  } finally {
    await file.close()
  }
}
