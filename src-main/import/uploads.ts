import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { DomainError } from '../../src-shared/result'

/** Staged files older than this are from an abandoned import: removed on the next upload. */
const STALE_AFTER_MS = 24 * 3600 * 1000

export interface StagedFile {
  path: string
  fileName: string
}

/**
 * Files sent by the renderer in pieces, kept in the application's folder until imported.
 * The first piece creates the upload; the next ones append. Names come from the user's
 * computer: only the base name is kept, and never as a path.
 */
export function stageChunk(folder: string, uploadId: string | undefined, fileName: string, bytes: Buffer) {
  mkdirSync(folder, { recursive: true })
  if (uploadId === undefined) {
    removeStale(folder)
    const id = randomUUID()
    writeFileSync(join(folder, `${id}.name`), basename(fileName.replace(/\\/g, '/')), 'utf8')
    writeFileSync(join(folder, `${id}.data`), bytes)
    return { uploadId: id, receivedBytes: bytes.length }
  }
  const data = join(folder, `${uploadId}.data`)
  if (!existsSync(data)) throw new DomainError('NOT_FOUND', 'Envoi du fichier interrompu : recommencez la sélection du fichier.')
  appendFileSync(data, bytes)
  return { uploadId, receivedBytes: statSync(data).size }
}

export function stagedFile(folder: string, uploadId: string): StagedFile {
  const path = join(folder, `${uploadId}.data`)
  if (!existsSync(path)) throw new DomainError('NOT_FOUND', 'Ce fichier n’est plus disponible : sélectionnez-le de nouveau.')
  return { path, fileName: readFileSync(join(folder, `${uploadId}.name`), 'utf8') }
}

function removeStale(folder: string): void {
  const now = Date.now()
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (now - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { force: true })
  }
}
