/**
 * What crosses the boundary between the renderer and the core. A thrown error loses its
 * properties through ipcMain.handle, so every channel answers with data: either the
 * result or an error with a stable code and a French message the UI shows as is.
 */

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'IMPORT_FORMAT',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED',
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorDetails {
  /** Field path ("address.postalCode") → French message, for forms. */
  fields?: Record<string, string>
  [key: string]: unknown
}

export interface AppError {
  code: ErrorCode
  message: string
  details?: ErrorDetails
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError }

/** Thrown by handlers and engines for an expected refusal; dispatch turns it into a Result. */
export class DomainError extends Error {
  readonly code: ErrorCode
  readonly details: ErrorDetails | undefined

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message)
    this.name = 'DomainError'
    this.code = code
    this.details = details
  }
}

/** A refusal tied to one form field, e.g. a duplicate client code. */
export function fieldError(code: ErrorCode, field: string, message: string): DomainError {
  return new DomainError(code, message, { fields: { [field]: message } })
}
