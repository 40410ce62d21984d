import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { DomainError } from '../../src-shared/result'

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = 'SQLite format 3\u0000'

/** What is at a dossier's path before anything opens it. */
export type DossierFileState =
  | { kind: 'missing' }
  | { kind: 'sqlite'; writable: boolean; folderWritable: boolean }

/**
 * Looks at the path without changing it: a missing file, a SQLite file (and whether this
 * user may write it and its folder, where SQLite keeps the -wal and -shm files), or a
 * refusal naming it for anything else (a folder, an empty file, a text, a PDF…).
 */
export function inspectDossierFile(path: string): DossierFileState {
  let size: number
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) throw notADossier(path, 'c’est un dossier du disque, pas un fichier')
    size = stat.size
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    if (error instanceof DomainError) throw error
    throw new DomainError('NOT_FOUND', `Le fichier « ${path} » ne peut pas être lu (${(error as NodeJS.ErrnoException).code ?? 'accès refusé'}).`)
  }
  if (size === 0) throw notADossier(path, 'le fichier est vide')
  if (readHeader(path) !== SQLITE_HEADER) throw notADossier(path, 'ce n’est pas une base de données Encaisse (texte, PDF, tableur…)')
  return { kind: 'sqlite', writable: canWrite(path), folderWritable: canWrite(dirname(path)) }
}

export function notADossier(path: string, why: string): DomainError {
  return new DomainError('VALIDATION', `« ${path} » n’est pas un dossier Encaisse : ${why}. Le fichier n’a pas été modifié.`)
}

function readHeader(path: string): string {
  const bytes = Buffer.alloc(SQLITE_HEADER.length)
  const fd = openSync(path, 'r')
  try {
    const read = readSync(fd, bytes, 0, bytes.length, 0)
    return bytes.subarray(0, read).toString('latin1')
  } finally {
    closeSync(fd)
  }
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}
