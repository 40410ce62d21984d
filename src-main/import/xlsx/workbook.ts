import { parseXmlPart } from './xml'

/**
 * How the parts of a workbook find each other. `_rels/.rels` names the workbook part;
 * the workbook lists its sheets by name with a relationship id; the workbook's own
 * `.rels` maps each id to a part, and names the shared strings and the styles. Paths
 * are usually `xl/workbook.xml`, `xl/worksheets/sheet1.xml`, but only the
 * relationships say so.
 */

export interface Relationship {
  id: string
  /** The last segment of the relationship type URI: `officeDocument`, `worksheet`, `styles`… */
  type: string
  /** Path of the target part inside the archive. */
  path: string
}

export interface WorkbookSheet {
  name: string
  /** Null for a chart sheet or a dangling reference: it holds no cells. */
  path: string | null
  hidden: boolean
}

export interface Workbook {
  sheets: WorkbookSheet[]
  /** Old Mac workbooks count dates from 1904. */
  date1904: boolean
  sharedStringsPath: string | null
  stylesPath: string | null
}

/** The `.rels` part that describes the relationships of `partPath`. */
export function relationshipsPartOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/')
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`
}

/** Resolves a relationship target against the folder of the part it belongs to. */
function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '..') base.pop()
    else if (segment !== '.' && segment !== '') base.push(segment)
  }
  return base.join('/')
}

/** The relationships of `sourcePart` ('' for the package itself), from its `.rels` part. */
export async function readRelationships(partName: string, bytes: Uint8Array, sourcePart: string): Promise<Relationship[]> {
  const relationships: Relationship[] = []
  await parseXmlPart(partName, bytes, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return
      relationships.push({
        id: attributes.Id ?? '',
        type: (attributes.Type ?? '').split('/').pop() ?? '',
        path: resolveTarget(sourcePart, attributes.Target ?? ''),
      })
    },
  })
  return relationships
}

export async function readWorkbook(partName: string, bytes: Uint8Array, relationships: Relationship[]): Promise<Workbook> {
  const sheets: WorkbookSheet[] = []
  let date1904 = false
  await parseXmlPart(partName, bytes, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true'
      if (name !== 'sheet') return
      const target = relationships.find((relationship) => relationship.id === attributes.id)
      sheets.push({
        name: attributes.name ?? '',
        path: target?.type === 'worksheet' ? target.path : null,
        hidden: attributes.state === 'hidden' || attributes.state === 'veryHidden',
      })
    },
  })
  const pathOf = (type: string) => relationships.find((relationship) => relationship.type === type)?.path ?? null
  return { sheets, date1904, sharedStringsPath: pathOf('sharedStrings'), stylesPath: pathOf('styles') }
}
