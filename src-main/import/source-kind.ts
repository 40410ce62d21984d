import { open } from 'node:fs/promises'
import { extname } from 'node:path'
import type { ImportKind } from '../../src-shared/contract/imports'
import { isFecHeader } from './fec/fec-layout'

/**
 * What kind of file this is, from its first bytes rather than its name: a zip is a
 * workbook, a first line naming the FEC columns (in any order) is a FEC, anything else is read as
 * delimited text (CSV, TSV, .txt exports).
 */
export async function sourceKindOf(path: string): Promise<ImportKind> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(4096)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    const bytes = head.subarray(0, bytesRead)
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'
    // The header is ASCII in every encoding a FEC may use except UTF-16, which no exporter writes.
    const firstLine = bytes.toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '').split(/\r?\n/)[0] ?? ''
    if (isFecHeader(firstLine)) return 'fec'
    return extname(path).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv'
  } finally {
    await handle.close()
  }
}
