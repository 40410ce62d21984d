import type { ColumnMapping, ImportCheck } from '../../../src-shared/contract/imports'
import { useQuery } from '../../use-channel'
import { useSettled } from '../../use-settled'

/** Edits that follow each other closely (typing a header line, several columns remapped) are checked once. */
const SETTLE_MS = 300

export type CheckState = { status: 'checking' } | { status: 'done'; check: ImportCheck } | { status: 'failed'; message: string }

export interface CheckRequest {
  mapping?: ColumnMapping
  asOf?: string
  clientAccounts?: string
}

/**
 * The core's check of every line of the uploaded file, as read with the review's current
 * settings (null: nothing to check yet, e.g. a required field has no column). A check
 * made for settings since changed is never shown: what is shown is always the current one.
 */
export function useImportCheck(uploadId: string, request: CheckRequest | null): CheckState | null {
  const settled = useSettled(request, SETTLE_MS)
  // Asked once the settings have stayed the same for a moment, and only for the current ones.
  const current = request !== null && JSON.stringify(settled) === JSON.stringify(request) ? settled : null
  const check = useQuery('imports.check', current === null ? null : { uploadId, ...current })
  if (request === null) return null
  if (current === null || check.loading) return { status: 'checking' }
  if (check.fresh && check.data) return { status: 'done', check: check.data }
  if (check.error) return { status: 'failed', message: check.error.message }
  return { status: 'checking' }
}
