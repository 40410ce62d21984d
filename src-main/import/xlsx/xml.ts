import { setImmediate as nextTurn } from 'node:timers/promises'
import { SaxesParser } from 'saxes'
import { DomainError } from '../../../src-shared/result'
import { unreadableWorkbook } from './workbook-error'

/**
 * The parts of a workbook are XML, streamed through saxes: a sheet of 200,000 rows is
 * tens of megabytes of text, which is never built as a tree. Element and attribute
 * names arrive without their prefix (`x:c` → `c`, `r:id` → `id`): writers differ in the
 * prefixes they choose, never in the names.
 */

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void
  close?(name: string): void
  text?(text: string): void
}

/** Text decoded and parsed per slice; between slices the event loop runs, so an abort is heard. */
const SLICE_BYTES = 1024 * 1024

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

function localAttributes(attributes: Record<string, string>): Record<string, string> {
  for (const name in attributes) {
    if (!name.includes(':')) continue
    const local: Record<string, string> = {}
    for (const qualified in attributes) local[localName(qualified)] = attributes[qualified] ?? ''
    return local
  }
  // Most tags have no prefixed attribute: they are passed on as they are, without a copy.
  return attributes
}

/** XML parts are UTF-8 unless a byte-order mark says UTF-16. */
function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}

/** Parses one part of the workbook (`partName` names it in the error when it is not XML). */
export async function parseXmlPart(partName: string, bytes: Uint8Array, handlers: XmlHandlers, signal?: AbortSignal): Promise<void> {
  const parser = new SaxesParser({ position: false })
  const { open, close, text } = handlers
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), localAttributes(tag.attributes as Record<string, string>)))
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)))
  if (text) {
    parser.on('text', text)
    parser.on('cdata', text)
  }
  const decoder = new TextDecoder(encodingOf(bytes))
  try {
    for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
      const end = Math.min(start + SLICE_BYTES, bytes.length)
      parser.write(decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length }))
      if (end < bytes.length) {
        await nextTurn()
        signal?.throwIfAborted()
      }
    }
    parser.close()
  } catch (error) {
    if (error instanceof DomainError || signal?.aborted) throw error
    throw unreadableWorkbook(`la partie ${partName} n'est pas du XML valide`)
  }
}
