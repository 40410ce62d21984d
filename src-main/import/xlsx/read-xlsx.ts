import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { DomainError } from '../../../src-shared/result'
import { fileAccessError } from '../text/read-lines'
import { readSheetRows, type SheetContext, type SheetRow } from './sheet'
import { readSharedStrings } from './shared-strings'
import { readDateStyles } from './styles'
import { readRelationships, readWorkbook, relationshipsPartOf, type WorkbookSheet } from './workbook'
import { unreadableWorkbook } from './workbook-error'

/**
 * Reads one sheet of an .xlsx workbook as rows of text, with our own small reader
 * (fflate to unzip, saxes to stream the XML): the rows then go through the same
 * mapping, validation and parsing as a CSV's.
 */

export interface XlsxSheetRows {
  sheetName: string
  rows: SheetRow[]
}

export interface ReadXlsxOptions {
  /** Sheet name; by default the first sheet that is not hidden. */
  sheet?: string
  signal?: AbortSignal
}

const PACKAGE_RELS = '_rels/.rels'
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
/** Compound File (OLE2): old .xls workbooks, and .xlsx files encrypted with a password. */
const COMPOUND_FILE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]
/** The stream an encrypted OOXML file keeps inside its compound file, named in UTF-16LE. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le')

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => data[i] === byte)
}

/** Refuses, with what to do instead, the files people take for an .xlsx. */
function refuseOtherFormats(data: Uint8Array): void {
  if (startsWith(data, COMPOUND_FILE_MAGIC)) {
    if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(ENCRYPTED_PACKAGE)) {
      throw new DomainError(
        'IMPORT_FORMAT',
        'Classeur protégé par mot de passe : ouvrez-le dans Excel, retirez le mot de passe ' +
          '(Fichier › Informations › Protéger le classeur) et enregistrez-le, ou exportez-le en CSV.',
      )
    }
    throw new DomainError(
      'IMPORT_FORMAT',
      'Ancien format Excel (.xls) : ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le au format .xlsx ou CSV.',
    )
  }
  if (!startsWith(data, ZIP_MAGIC)) {
    throw unreadableWorkbook("ce n'est pas une archive .xlsx (enregistrez-le au format .xlsx ou CSV)")
  }
}

/** The named parts, uncompressed; names compare without case, as some writers vary it. */
function extract(data: Uint8Array, paths: (string | null)[]): Map<string, Uint8Array> {
  const wanted = new Set(paths.filter((path): path is string => path !== null).map((path) => path.toLowerCase()))
  let files
  try {
    files = unzipSync(data, { filter: (file) => wanted.has(file.name.toLowerCase()) })
  } catch {
    throw unreadableWorkbook('archive ZIP endommagée ou tronquée')
  }
  return new Map(Object.entries(files).map(([name, bytes]) => [name.toLowerCase(), bytes]))
}

function part(parts: Map<string, Uint8Array>, path: string): Uint8Array {
  const bytes = parts.get(path.toLowerCase())
  if (!bytes) throw unreadableWorkbook(`partie ${path} absente`)
  return bytes
}

/** Shared strings and styles are optional: a workbook may have neither. */
function optionalPart(parts: Map<string, Uint8Array>, path: string | null): { path: string; bytes: Uint8Array } | null {
  const bytes = path === null ? undefined : parts.get(path.toLowerCase())
  return path !== null && bytes ? { path, bytes } : null
}

function chooseSheet(sheets: WorkbookSheet[], name: string | undefined): WorkbookSheet & { path: string } {
  const readable = sheets.filter((sheet): sheet is WorkbookSheet & { path: string } => sheet.path !== null)
  if (name === undefined) {
    const first = readable.find((sheet) => !sheet.hidden) ?? readable[0]
    if (!first) throw unreadableWorkbook("le classeur n'a aucune feuille de calcul")
    return first
  }
  const named = readable.find((sheet) => sheet.name === name)
  if (!named) {
    const names = readable.map((sheet) => `« ${sheet.name} »`).join(', ')
    throw new DomainError('IMPORT_FORMAT', `Feuille « ${name} » introuvable dans le classeur (feuilles : ${names}).`)
  }
  return named
}

/** The archive must be read whole: a zip's directory is at its end. */
async function readWhole(path: string, signal: AbortSignal | undefined): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path, { signal }))
  } catch (error) {
    // readFile reports an abort as its own AbortError; callers expect the signal's reason.
    signal?.throwIfAborted()
    throw fileAccessError(path, error)
  }
}

export async function readXlsxRows(path: string, options: ReadXlsxOptions = {}): Promise<XlsxSheetRows> {
  const { signal } = options
  signal?.throwIfAborted()
  const data = await readWhole(path, signal)
  refuseOtherFormats(data)

  const packageRels = await readRelationships(PACKAGE_RELS, part(extract(data, [PACKAGE_RELS]), PACKAGE_RELS), '')
  const workbookPath = packageRels.find((relationship) => relationship.type === 'officeDocument')?.path
  if (!workbookPath) throw unreadableWorkbook('aucun classeur dans le paquet')
  const workbookRelsPath = relationshipsPartOf(workbookPath)
  const workbookParts = extract(data, [workbookPath, workbookRelsPath])
  const workbookRels = await readRelationships(workbookRelsPath, part(workbookParts, workbookRelsPath), workbookPath)
  const workbook = await readWorkbook(workbookPath, part(workbookParts, workbookPath), workbookRels)
  const sheet = chooseSheet(workbook.sheets, options.sheet)

  signal?.throwIfAborted()
  const parts = extract(data, [sheet.path, workbook.sharedStringsPath, workbook.stylesPath])
  const sharedStrings = optionalPart(parts, workbook.sharedStringsPath)
  const styles = optionalPart(parts, workbook.stylesPath)
  const context: SheetContext = {
    sharedStrings: sharedStrings ? await readSharedStrings(sharedStrings.path, sharedStrings.bytes, signal) : [],
    dateStyles: styles ? await readDateStyles(styles.path, styles.bytes) : [],
    date1904: workbook.date1904,
  }
  const rows = await readSheetRows(sheet.path, part(parts, sheet.path), context, signal)
  return { sheetName: sheet.name, rows }
}
