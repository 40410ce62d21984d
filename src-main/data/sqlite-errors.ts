import { DomainError } from '../../src-shared/result'
import { busyMessage } from './writer-note'

/** True for SQLite's "another connection is writing" refusal. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT'
}

/**
 * SQLite's refusals a user can meet, in French (the raw message goes to the log only):
 * a dossier another program is writing, a read-only file, a full disk. Null for the others.
 */
export function frenchSqliteError(error: unknown, dossierPath: string): DomainError | null {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  if (isBusyError(error)) return new DomainError('CONFLICT', busyMessage(dossierPath))
  if (code.startsWith('SQLITE_READONLY')) {
    return new DomainError('CONFLICT', `Le dossier « ${dossierPath} » est ouvert en lecture seule : rien n’a été modifié.`)
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE') {
    return new DomainError('CONFLICT', 'Le disque est plein (ou n’accepte plus d’écriture) : rien n’a été modifié. Libérez de la place et réessayez.')
  }
  return null
}
