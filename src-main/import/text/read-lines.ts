import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { DomainError } from '../../../src-shared/result'
import { bomLengthFor, DETECTION_BYTES, detectEightBitEncoding, detectEncoding, readsAsUtf8, type TextEncodingName } from './encoding'

/**
 * Reads a text export line by line, whatever its encoding and line endings, without
 * holding the file in memory: a million-line FEC is 150 MB. The file is read in 1 MiB
 * chunks, each decoded at once and cut at its line breaks with a regular expression,
 * never character by character.
 */

export interface TextLine {
  /** 1 for the first line of the file. */
  lineNumber: number
  /** The line without its line break. */
  text: string
}

export interface ReadLinesOptions {
  signal?: AbortSignal
  onProgress?: (bytesRead: number, totalBytes: number) => void
  /** Skips detection; a matching byte-order mark is still skipped. */
  encoding?: TextEncodingName
}

/** The first chunk is what detection sees, the same bytes as detectEncodingOfFile reads. */
const CHUNK_SIZE = DETECTION_BYTES
const NON_ASCII = /[\u0080-\uffff]/
const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true })

function unreadable(path: string, reason: string): DomainError {
  return new DomainError('IMPORT_FORMAT', `Impossible de lire le fichier « ${basename(path)} » : ${reason}.`)
}

/** A missing or forbidden file is a French refusal naming the file, not a stack trace. */
export function fileAccessError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return unreadable(path, 'fichier introuvable')
  if (code === 'EACCES' || code === 'EPERM') return unreadable(path, 'accès refusé')
  if (code === 'EISDIR') return unreadable(path, "ce n'est pas un fichier")
  return error
}

async function fileSize(path: string): Promise<number> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    throw fileAccessError(path, error)
  }
  if (!info.isFile()) throw unreadable(path, "ce n'est pas un fichier")
  return info.size
}

/** Turns the file's bytes into text, one chunk after the other. */
interface ChunkDecoder {
  decode(bytes: Uint8Array, final: boolean): string
}

function streamingDecoder(encoding: TextEncodingName): ChunkDecoder {
  // The BOM is skipped by byte count beforehand; the decoder must not eat a U+FEFF of the text.
  const decoder = new TextDecoder(encoding, { ignoreBOM: true })
  return { decode: (bytes, final) => decoder.decode(bytes, { stream: !final }) }
}

/** Raised by the UTF-8 decoder with the text that precedes the bad byte, to name its line. */
class InvalidUtf8 extends Error {
  constructor(readonly textBefore: string) {
    super('invalid UTF-8')
  }
}

/** Bytes of `bytes` that end on a whole UTF-8 character (the rest waits for the next chunk). */
function completeUtf8Length(bytes: Uint8Array): number {
  let lead = bytes.length - 1
  while (lead >= 0 && bytes.length - lead <= 3 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--
  if (lead < 0) return bytes.length
  const byte = bytes[lead] ?? 0
  const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
  return lead + size > bytes.length ? lead : bytes.length
}

/**
 * UTF-8 decoded piece by piece, each piece ending on a whole character, so that a bad
 * byte is found where it is (a streaming TextDecoder would not say where).
 *
 * Detection only sees the first mebibyte: an ISO-8859-1 FEC whose first accent comes
 * later looks like ASCII, hence like UTF-8. So while everything read is ASCII (read
 * identically in both), a chunk that does not read as UTF-8 means the file is 8-bit,
 * not broken: decoding switches to it. Once real UTF-8 has been seen, or with a BOM,
 * or when the caller imposed UTF-8, an invalid byte is an error.
 */
class Utf8Decoder implements ChunkDecoder {
  private tail: Uint8Array = new Uint8Array(0)
  private sawNonAscii = false
  private eightBit: ChunkDecoder | null = null

  constructor(private readonly mayBeEightBit: boolean) {}

  decode(chunk: Uint8Array, final: boolean): string {
    if (this.eightBit) return this.eightBit.decode(chunk, final)
    const bytes = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk
    const end = final ? bytes.length : completeUtf8Length(bytes)
    const piece = bytes.subarray(0, end)
    let text: string
    try {
      text = FATAL_UTF8.decode(piece)
    } catch {
      if (this.mayBeEightBit && !this.sawNonAscii && !readsAsUtf8(bytes)) {
        this.eightBit = streamingDecoder(detectEightBitEncoding(bytes))
        return this.eightBit.decode(bytes, final)
      }
      const lenient = LENIENT_UTF8.decode(piece)
      throw new InvalidUtf8(lenient.slice(0, lenient.indexOf('\ufffd')))
    }
    this.tail = bytes.slice(end)
    if (!this.sawNonAscii && NON_ASCII.test(text)) this.sawNonAscii = true
    return text
  }
}

function openDecoder(head: Uint8Array, imposed: TextEncodingName | undefined): { decoder: ChunkDecoder; bomLength: number } {
  const { encoding, bomLength } = imposed ? { encoding: imposed, bomLength: bomLengthFor(imposed, head) } : detectEncoding(head)
  const decoder = encoding === 'utf-8' ? new Utf8Decoder(!imposed && bomLength === 0) : streamingDecoder(encoding)
  return { decoder, bomLength }
}

function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0
}

/**
 * Yields the lines of a text file, numbered from 1. Line breaks may be CRLF, LF or a
 * lone CR (old Mac exports); a final line break does not make an empty last line.
 * On abort, stops at the next line with the signal's reason.
 */
export async function* readLines(path: string, options: ReadLinesOptions = {}): AsyncGenerator<TextLine> {
  for await (const batch of readLineBatches(path, options)) {
    for (const line of batch) {
      options.signal?.throwIfAborted()
      yield line
    }
  }
}

/**
 * The same lines, a chunk's worth at a time: a reader of a million lines (a FEC) then
 * pays for one asynchronous step per megabyte instead of one per line.
 */
export async function* readLineBatches(path: string, options: ReadLinesOptions = {}): AsyncGenerator<TextLine[]> {
  const { signal, onProgress } = options
  signal?.throwIfAborted()
  const totalBytes = await fileSize(path)
  const stream = createReadStream(path, { highWaterMark: CHUNK_SIZE, signal })
  // One regular expression per call: its lastIndex is state, and several files may be read at once.
  const lineBreak = /\r\n|\r|\n/g
  let decoder: ChunkDecoder | null = null
  let bytesRead = 0
  let lineNumber = 0
  let carry = ''

  function decode(bytes: Uint8Array, final: boolean): string {
    try {
      return decoder ? decoder.decode(bytes, final) : ''
    } catch (error) {
      if (!(error instanceof InvalidUtf8)) throw error
      const line = lineNumber + 1 + countLineBreaks(carry + error.textBefore)
      throw new DomainError('IMPORT_FORMAT', `Ligne ${line} : caractère invalide pour l'encodage UTF-8.`, { line })
    }
  }

  /** The whole lines of the text decoded so far; what follows the last break waits for the next chunk. */
  function cut(decoded: string, final: boolean): TextLine[] {
    const text = carry + decoded
    const lines: TextLine[] = []
    let start = 0
    lineBreak.lastIndex = 0
    for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
      // A CR ending the chunk may be the first half of a CRLF split across two chunks.
      if (!final && match[0] === '\r' && match.index === text.length - 1) break
      lines.push({ lineNumber: ++lineNumber, text: text.slice(start, match.index) })
      start = lineBreak.lastIndex
    }
    carry = text.slice(start)
    if (final && carry !== '') lines.push({ lineNumber: ++lineNumber, text: carry })
    return lines
  }

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytesRead += chunk.length
      let bytes: Uint8Array = chunk
      if (!decoder) {
        const opened = openDecoder(chunk, options.encoding)
        decoder = opened.decoder
        bytes = chunk.subarray(opened.bomLength)
      }
      const lines = cut(decode(bytes, false), false)
      signal?.throwIfAborted()
      yield lines
      onProgress?.(bytesRead, totalBytes)
    }
  } catch (error) {
    // The stream reports an abort as its own AbortError; callers expect the signal's reason.
    signal?.throwIfAborted()
    throw fileAccessError(path, error)
  }
  yield cut(decode(new Uint8Array(0), true), true)
}
